import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'

import { listFolder } from '../../services/import/folder-archive'
import type { ImportItem, RefusedItem } from '../../services/import/import-item'
import { listZip } from '../../services/import/zip-archive'
import { bilingual } from '../../src/i18n/bilingual'
import { isZipName } from '../../src/import/archive-rules'
import { ImportError } from '../../src/import/import-error'

export type ImportSources = {
  items: (ImportItem | RefusedItem)[]
  ignored: { label: string; reason: string }[]
  /** Only plain files were named (no folder, no zip): the JSON output keeps its one-file shape. */
  plainFiles: boolean
  /** Files named as they are: shown by their own name, as before folders and zips. */
  named: Set<string>
  close: () => void
}

/**
 * What the command's arguments name: a file as it is, every issue file under a folder, every issue
 * file in a zip (checked as a whole first; a refused zip is one refused item). Everything is listed
 * and checked before anything is imported.
 */
export async function collectImportSources(args: readonly string[]): Promise<ImportSources> {
  const sources: ImportSources = { items: [], ignored: [], plainFiles: true, named: new Set(), close: () => undefined }
  const closers: (() => void)[] = []
  sources.close = () => closers.forEach((close) => close())
  for (const arg of args) {
    const stats = await stat(arg).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw error
    })
    if (!stats) {
      sources.items.push({ label: arg, refusal: new ImportError('not-found', 400, bilingual(`${arg} 不存在。`, `${arg} does not exist.`)) })
    } else if (stats.isDirectory()) {
      sources.plainFiles = false
      const listing = await listFolder(arg)
      sources.items.push(...listing.items)
      sources.ignored.push(...listing.ignored)
    } else if (isZipName(arg)) {
      sources.plainFiles = false
      try {
        const listing = await listZip(arg, arg)
        closers.push(listing.close)
        sources.items.push(...listing.items)
        sources.ignored.push(...listing.ignored)
      } catch (error) {
        if (!(error instanceof ImportError)) throw error
        sources.items.push({ label: arg, refusal: error })
      }
    } else {
      sources.named.add(arg)
      sources.items.push({ label: arg, filename: path.basename(arg), read: () => readFile(arg) })
    }
  }
  return sources
}
