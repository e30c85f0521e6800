import { writeSync } from 'node:fs'

/**
 * Writes all of a text synchronously, so nothing printed is lost when the process exits right
 * after. A pipe takes only part of a large write (e.g. the --json report of a thousand files), and
 * answers EAGAIN while full: write the rest until it is all out.
 */
export function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text)
  let offset = 0
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error
    }
  }
}
