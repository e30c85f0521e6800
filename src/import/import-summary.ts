/** What happened to one file of an import run, as the summary counts it. */
export type FileStatus = 'imported' | 'would-import' | 'skipped' | 'refused'
export type CountedFile = { file: string; status: FileStatus; message?: string }

export type ImportTotals = { imported: number; wouldImport: number; skipped: number; refused: number; ignored: number; files: number; seconds: number }

export function importTotals(files: readonly CountedFile[], { ignored, seconds }: { ignored: number; seconds: number }): ImportTotals {
  const count = (status: FileStatus) => files.filter((file) => file.status === status).length
  return { imported: count('imported'), wouldImport: count('would-import'), skipped: count('skipped'), refused: count('refused'), ignored, files: files.length, seconds }
}

/** Columns as a terminal shows them: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0
  for (const char of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(char) ? 2 : 1
  return width
}

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)))

export const perSecond = (count: number, seconds: number): string => (seconds > 0 ? (count / seconds).toFixed(1) : '—')

/**
 * The table printed at the end of an import: imported (or would import, on a dry run), skipped as
 * already imported, refused, the files left out, the time and rate; then each refused file and why.
 */
export function formatImportSummary(files: readonly CountedFile[], totals: ImportTotals): string[] {
  const rows: [string, number][] = [
    [totals.wouldImport > 0 ? 'would import (dry run)' : 'imported', totals.imported + totals.wouldImport],
    ['skipped, already imported', totals.skipped],
    ['refused', totals.refused],
  ]
  if (totals.ignored > 0) rows.push(['not issue files (left out)', totals.ignored])
  const labelWidth = Math.max(...rows.map(([label]) => label.length))
  const lines = [
    'Summary',
    ...rows.map(([label, count]) => `  ${pad(label, labelWidth)}  ${String(count).padStart(6)}`),
    `  ${totals.files} file(s) in ${totals.seconds.toFixed(1)} s: ${perSecond(totals.files, totals.seconds)} files/s, ${perSecond(totals.imported, totals.seconds)} imported/s`,
  ]
  const refused = files.filter((file) => file.status === 'refused')
  if (refused.length > 0) {
    const fileWidth = Math.min(60, Math.max(4, ...refused.map((file) => displayWidth(file.file))))
    lines.push('Refused:', `  ${pad('file', fileWidth)}  reason`)
    for (const file of refused) lines.push(`  ${pad(file.file, fileWidth)}  ${(file.message ?? '').split('\n')[0]}`)
  }
  return lines
}
