/** The decoded bodies of a raw MIME message (base64 and quoted-printable parts), for finding links in tests. */
export function decodedBodies(raw: string): string {
  const parts: string[] = []
  const part = /Content-Transfer-Encoding: (base64|quoted-printable|7bit)\r?\n(?:[^\r\n]+\r?\n)*\r?\n([\s\S]*?)(?=\r?\n--|$)/gi
  for (const match of raw.matchAll(part)) {
    const [, encoding = '', body = ''] = match
    if (encoding.toLowerCase() === 'base64') parts.push(Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8'))
    else if (encoding.toLowerCase() === 'quoted-printable') {
      const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => `%${hex}`)
      parts.push(decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, '%25')))
    } else parts.push(body)
  }
  return parts.join('\n')
}

/** A header's value (folded lines joined). */
export const headerOf = (raw: string, name: string): string | undefined =>
  new RegExp(`^${name}: (.+)$`, 'mi').exec(raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' '))?.[1]
