import iconv from 'iconv-lite'

/*
 * Bytes to text in the encoding the document declares: the Content-Type charset first (RFC 7303),
 * then a byte-order mark, then the XML declaration or an HTML <meta charset>; UTF-8 otherwise.
 * GB2312 and GBK are decoded as GB18030, their superset (as browsers do).
 */

const ALIASES: Record<string, string> = {
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  cp936: 'gb18030',
  'csgb2312': 'gb18030',
  'big5-hkscs': 'big5hkscs',
  'x-big5': 'big5',
}

export const charsetFromContentType = (contentType: string | null | undefined): string | undefined =>
  /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '')?.[1]?.toLowerCase()

/** The charset a document names in its first bytes (XML declaration or HTML meta). */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  // The declaration is ASCII in every encoding a feed may use; read the head as Latin-1 to find it.
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1')
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head)
  if (xml) return xml[1]!.toLowerCase()
  const meta = /<meta[^>]+charset\s*=\s*["']?([a-z0-9_:.-]+)/i.exec(head)
  return meta?.[1]?.toLowerCase()
}

export type Decoded = { text: string; charset: string }

export function decodeBody(bytes: Uint8Array, contentType?: string | null): Decoded {
  const named = charsetFromContentType(contentType) ?? declaredCharset(bytes) ?? 'utf-8'
  const charset = ALIASES[named] ?? named
  const usable = iconv.encodingExists(charset) ? charset : 'utf-8'
  // iconv-lite strips a BOM by default.
  return { text: iconv.decode(Buffer.from(bytes), usable), charset: usable }
}
