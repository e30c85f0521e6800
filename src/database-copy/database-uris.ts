const normalise = (uri: string, cwd: string): string => {
  const trimmed = uri.trim()
  if (trimmed.startsWith('file:')) {
    const file = trimmed.replace(/^file:(\/\/)?/, '').replace(/\?.*$/, '')
    // Relative paths resolve against the working directory, as the adapter opens them.
    const segments: string[] = []
    for (const part of (file.startsWith('/') ? file : `${cwd}/${file}`).split('/')) {
      if (part === '' || part === '.') continue
      if (part === '..') segments.pop()
      else segments.push(part)
    }
    return `file:/${segments.join('/')}`
  }
  return trimmed.replace(/\/+$/, '').toLowerCase()
}

/** Whether two URIs name one database (so a copy would read and write the same rows). */
export const sameDatabase = (a: string, b: string, cwd: string): boolean => normalise(a, cwd) === normalise(b, cwd)
