/**
 * Characters XML 1.0 cannot carry at all: C0 controls other than tab, newline and carriage return,
 * lone surrogates (half of a UTF-16 pair), and U+FFFE/U+FFFF. They are dropped, not escaped:
 * no escape makes them legal.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

export const xmlSafe = (text: string): string => text.replace(NOT_XML, '')

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Text for XML character data or a quoted attribute value (also right for HTML). */
export const escapeMarkup = (text: string): string => xmlSafe(text).replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char)

/**
 * Plain text as the HTML a feed field of type html carries, written into XML: escaped once for
 * HTML (so the reader shows `<script>` as text) and once more for XML (so the XML stays well formed).
 */
export const plainTextAsXmlHtml = (text: string): string => escapeMarkup(escapeMarkup(text))
