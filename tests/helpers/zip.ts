import { crc32, deflateRawSync } from 'node:zlib'

/**
 * A zip writer with full control over every header, to build the archives people send (Chinese
 * names, folders, __MACOSX) and hostile ones no well-behaved tool would write: names with ../ or
 * backslashes, symbolic links, entries that lie about their size.
 */
export type ZipEntrySpec = {
  name: string
  data?: Uint8Array | string
  /** Deflate (default) or store. */
  store?: boolean
  /** The uncompressed size the headers declare, when it should differ from the truth. */
  declaredSize?: number
  /** A Unix file mode (e.g. 0o120777 for a symbolic link); the entry is then "made by" Unix. */
  unixMode?: number
  /** Name bytes without the UTF-8 flag (older Windows tools). */
  rawName?: Uint8Array
  /** Bytes written as the entry's compressed body instead of the deflated data (a corrupt stream). */
  rawBody?: Uint8Array
  /** A compression method other than stored (0) or deflate (8). */
  method?: number
}

/** Lies in the end record: how many entries it says the directory holds. */
export type ZipShape = { declaredEntryCount?: number }

export function buildZip(entries: readonly ZipEntrySpec[], shape: ZipShape = {}): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const data = typeof entry.data === 'string' ? Buffer.from(entry.data) : Buffer.from(entry.data ?? new Uint8Array())
    const body = entry.rawBody ? Buffer.from(entry.rawBody) : entry.store ? data : deflateRawSync(data)
    const name = entry.rawName ? Buffer.from(entry.rawName) : Buffer.from(entry.name, 'utf8')
    const flags = entry.rawName ? 0 : 0x800
    const method = entry.method ?? (entry.store ? 0 : 8)
    const size = entry.declaredSize ?? data.length
    const crc = crc32(data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(flags, 6)
    local.writeUInt16LE(method, 8)
    local.writeUInt32LE(0x5a210000, 10)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(body.length, 18)
    local.writeUInt32LE(size, 22)
    local.writeUInt16LE(name.length, 26)
    local.writeUInt16LE(0, 28)
    locals.push(local, name, body)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(entry.unixMode === undefined ? 20 : (3 << 8) | 20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(flags, 8)
    central.writeUInt16LE(method, 10)
    central.writeUInt32LE(0x5a210000, 12)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(body.length, 20)
    central.writeUInt32LE(size, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(entry.unixMode === undefined ? 0 : (entry.unixMode << 16) >>> 0, 38)
    central.writeUInt32LE(offset, 42)
    centrals.push(central, name)
    offset += local.length + name.length + body.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(shape.declaredEntryCount ?? entries.length, 8)
  end.writeUInt16LE(shape.declaredEntryCount ?? entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}
