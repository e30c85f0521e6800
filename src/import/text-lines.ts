/**
 * Plain text, Markdown, or the text of a Word file, as trimmed non-empty lines: BOM, Windows line
 * ends, non-breaking and full-width spaces, and Markdown markers (headings, emphasis, links) removed.
 */
export function toLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line
        .replace(/[\u00A0\u3000]/g, ' ')
        .replace(/^\s{0,3}#{1,6}\s+/, '')
        .replace(/^\s*>\s?/, '')
        .replace(/\*\*(.+?)\*\*/g, '$1')
        .replace(/__(.+?)__/g, '$1')
        .replace(/\[([^\]]*)\]\((\S+?)\)/g, (_match, label: string, url: string) => (/^\s*$/.test(label) || label === url ? url : `${label} ${url}`))
        .replace(/^\s*[-*+]\s+(?=\S)/, '')
        .trim(),
    )
    .filter((line) => line !== '' && !/^(-{3,}|\*{3,}|_{3,})$/.test(line))
}

const SENTENCE_END = /[。！？.!?;；”」』)]$/

/** A line short enough, and without a closing full stop, to be a name or a headline. */
export const isShortLine = (line: string, max = 60): boolean => line.length <= max && !SENTENCE_END.test(line)

/** Latin text such as an English name or acronym: "csis", "brookings institution", "ISEAS–Yusof Ishak Institute", "ASEAN+3 …". */
export const isLatinLine = (line: string): boolean => /^\p{Script=Latin}[\p{Script=Latin}0-9 .,&'’()\-/+–—:]*$/u.test(line) && line.length <= 100
