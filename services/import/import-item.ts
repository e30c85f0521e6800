import { ImportError } from '../../src/import/import-error'

/** One file to import, from the command line, a folder or a zip: where it came from and how to read it. */
export type ImportItem = {
  /** What people see: the path given, `folder/sub/file.txt` or `archive.zip/sub/file.txt`. */
  label: string
  /** The file's own name, recorded on the issue as `importedFrom`. */
  filename: string
  read: () => Promise<Uint8Array>
}

/** A file refused before it is read (too large, encrypted in its zip), or a whole archive refused. */
export type RefusedItem = { label: string; refusal: ImportError }

export type ArchiveListing = { items: (ImportItem | RefusedItem)[]; ignored: { label: string; reason: string }[] }

export const isRefused = (item: ImportItem | RefusedItem): item is RefusedItem => 'refusal' in item
