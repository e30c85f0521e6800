import type { Payload } from 'payload'

import type { CheckLanguage } from '../../src/checks/types'
import { bilingual } from '../../src/i18n/bilingual'
import { ImportError } from '../../src/import/import-error'
import { importFingerprint } from '../../src/import/import-fingerprint'
import type { FileStatus } from '../../src/import/import-summary'
import { refreshStatisticsAfter, refreshStatisticsAtEnd } from '../../src/import/statistics-refresh'
import { refreshPlannerStatistics } from '../database/planner-statistics'
import { importIssue, type ImportOptions, type ImportReport } from './import-issue'
import { isRefused, type ImportItem, type RefusedItem } from './import-item'
import { readIssueFile } from './read-issue-file'

export type ItemError = { code: string; status: number; message: string }

/** One file's outcome: imported (or would be, on a dry run) with its report; skipped or refused with why. */
export type ItemOutcome =
  | { file: string; status: Extract<FileStatus, 'imported' | 'would-import'>; report: ImportReport }
  | { file: string; status: Extract<FileStatus, 'skipped' | 'refused'>; error: ItemError; stack?: string }

export const ALREADY_IMPORTED = 'already-imported'

export const refusal = (file: string, error: unknown, language: CheckLanguage): ItemOutcome => {
  if (error instanceof ImportError) {
    const status = error.code === ALREADY_IMPORTED ? 'skipped' : 'refused'
    return { file, status, error: { code: error.code, status: error.status, message: error.messageIn(language) } }
  }
  const message = error instanceof Error ? error.message : String(error)
  return { file, status: 'refused', error: { code: 'failed', status: 500, message }, stack: error instanceof Error ? error.stack : undefined }
}

/** A file read and ready to import. */
export type ReadItem = { label: string; filename: string; text: string }

/**
 * Reads each item in turn: a refused item, or a second copy of a file earlier in the same run (its content
 * fingerprint), comes back as its refusal.
 */
export function itemReader(language: CheckLanguage): (item: ImportItem | RefusedItem) => Promise<ReadItem | ItemOutcome> {
  const seen = new Map<string, string>()
  return async (item) => {
    if (isRefused(item)) return refusal(item.label, item.refusal, language)
    try {
      const text = await readIssueFile(await item.read(), item.filename)
      const fingerprint = importFingerprint(text)
      const first = seen.get(fingerprint)
      if (first !== undefined) {
        throw new ImportError('duplicate', 409, bilingual(`与本次导入中较早的 ${first} 内容相同。`, `Same text as ${first}, earlier in this import.`))
      }
      seen.set(fingerprint, item.label)
      return { label: item.label, filename: item.filename, text }
    } catch (error) {
      return refusal(item.label, error, language)
    }
  }
}

export const isOutcome = (read: ReadItem | ItemOutcome): read is ItemOutcome => 'status' in read

/** Refreshes the database's planner statistics as a bulk import goes (services/database/planner-statistics.ts). */
export function statisticsRefresher(payload: Payload): { imported: () => Promise<void>; end: () => Promise<void> } {
  let imported = 0
  const refresh = () =>
    refreshPlannerStatistics(payload).catch((error: unknown) => payload.logger.warn({ err: error, msg: 'Import: the planner statistics were not refreshed' }))
  return {
    imported: async () => {
      imported += 1
      if (refreshStatisticsAfter(imported)) await refresh()
    },
    end: async () => {
      if (refreshStatisticsAtEnd(imported)) await refresh()
    },
  }
}

/**
 * Imports files one after another, each all or nothing (importIssue), and yields each outcome as it
 * is known (refusals in `options.language`): a file whose text is already in the CMS (its content fingerprint) is skipped, a second
 * copy of a file earlier in the same run is refused as a duplicate, any other problem refuses that
 * file only and the rest go on.
 */
export async function* importEach(
  payload: Payload,
  items: Iterable<ImportItem | RefusedItem>,
  options: Omit<ImportOptions, 'text' | 'filename'>,
): AsyncGenerator<ItemOutcome> {
  const language = options.language ?? 'zh'
  const read = itemReader(language)
  const statistics = statisticsRefresher(payload)
  for (const item of items) {
    const file = await read(item)
    if (isOutcome(file)) {
      yield file
      continue
    }
    try {
      const report = await importIssue(payload, { ...options, text: file.text, filename: file.filename })
      if (!report.dryRun) await statistics.imported()
      yield { file: file.label, status: report.dryRun ? 'would-import' : 'imported', report }
    } catch (error) {
      yield refusal(file.label, error, language)
    }
  }
  await statistics.end()
}
