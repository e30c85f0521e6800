import { lstat, readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import { ARCHIVE_LIMITS, comparePaths, fileRefusal, isHiddenPath, judgeFolderFile, type ArchiveLimits } from '../../src/import/archive-rules'
import { ImportError } from '../../src/import/import-error'
import type { ArchiveListing } from './import-item'

/** Every file under a folder, recursively, as paths relative to it; hidden folders are not entered, symbolic links not followed. */
async function walk(root: string, relative = ''): Promise<{ relative: string; size: number; symlink: boolean }[]> {
  const found: { relative: string; size: number; symlink: boolean }[] = []
  const entries = await readdir(path.join(root, relative), { withFileTypes: true })
  for (const entry of entries) {
    const child = relative ? `${relative}/${entry.name}` : entry.name
    if (entry.isDirectory()) {
      if (!isHiddenPath(child)) found.push(...(await walk(root, child)))
    } else if (entry.isFile() || entry.isSymbolicLink()) {
      const stats = await lstat(path.join(root, child))
      found.push({ relative: child, size: stats.size, symlink: entry.isSymbolicLink() })
    }
  }
  return found
}

/** The issue files (.txt, .md, .docx) under a folder in natural path order, and what was left out. */
export async function listFolder(root: string, limits: ArchiveLimits = ARCHIVE_LIMITS): Promise<ArchiveListing> {
  const listing: ArchiveListing = { items: [], ignored: [] }
  const files = (await walk(root)).sort((a, b) => comparePaths(a.relative, b.relative))
  for (const file of files) {
    const label = path.join(root, file.relative)
    const judgement = judgeFolderFile(file.relative, file, limits)
    if (judgement.kind === 'ignore') listing.ignored.push({ label, reason: judgement.reason })
    else if (judgement.kind === 'refuse-file') listing.items.push({ label, refusal: new ImportError(judgement.code, 413, fileRefusal(judgement.code, label, judgement.reason)) })
    else if (judgement.kind === 'import') listing.items.push({ label, filename: path.basename(file.relative), read: () => readFile(label) })
  }
  return listing
}
