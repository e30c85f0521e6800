import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { mkdir, open } from 'node:fs/promises'
import path from 'node:path'
import { createInterface } from 'node:readline'

import type { DumpFileEntry } from '../../src/database-copy/dump-manifest'

/** Writes one record per line and keeps the file's SHA-256 and line count for the manifest. */
export async function writeNdjson(dir: string, file: string, pages: AsyncIterable<unknown[]>): Promise<DumpFileEntry> {
  const target = path.join(dir, file)
  await mkdir(path.dirname(target), { recursive: true, mode: 0o700 })
  const handle = await open(target, 'wx', 0o600)
  const hash = createHash('sha256')
  let records = 0
  try {
    for await (const page of pages) {
      if (page.length === 0) continue
      const chunk = page.map((record) => `${JSON.stringify(record)}\n`).join('')
      hash.update(chunk)
      await handle.write(chunk)
      records += page.length
    }
    await handle.sync()
  } finally {
    await handle.close()
  }
  return { file, records, sha256: hash.digest('hex') }
}

/** The file's SHA-256 and its number of lines, read as a stream. */
export async function digestNdjson(file: string): Promise<{ sha256: string; records: number }> {
  const hash = createHash('sha256')
  let records = 0
  for await (const chunk of createReadStream(file)) {
    const buffer = chunk as Buffer
    hash.update(buffer)
    for (const byte of buffer) if (byte === 0x0a) records += 1
  }
  return { sha256: hash.digest('hex'), records }
}

/** The records of an NDJSON file, one at a time. */
export async function* readNdjson(file: string): AsyncGenerator<Record<string, unknown>> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity })
  for await (const line of lines) {
    if (line.length === 0) continue
    const value: unknown = JSON.parse(line)
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${path.basename(file)}: a line is not a JSON object`)
    yield value as Record<string, unknown>
  }
}
