import { describe, expect, it } from 'vitest'

import { formatProgress } from '../../src/import/import-progress'
import { displayWidth, formatImportSummary, importTotals, type CountedFile } from '../../src/import/import-summary'

describe('the summary table', () => {
  const files: CountedFile[] = [
    { file: 'archive/1.txt', status: 'imported' },
    { file: 'archive/2.txt', status: 'imported' },
    { file: 'archive/3.txt', status: 'skipped', message: 'already imported' },
    { file: 'archive/第4期.txt', status: 'refused', message: 'No think-tank sections found.\nsecond line' },
  ]

  it('counts imported, skipped and refused files, the left-out ones and the rate, and lists why each refused file was refused', () => {
    const totals = importTotals(files, { ignored: 2, seconds: 2 })
    expect(totals).toMatchObject({ imported: 2, skipped: 1, refused: 1, ignored: 2, files: 4 })
    const lines = formatImportSummary(files, totals)
    expect(lines[0]).toBe('Summary')
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}imported +2$/))
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}skipped, already imported +1$/))
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}refused +1$/))
    expect(lines).toContainEqual(expect.stringMatching(/not issue files \(left out\) +2$/))
    expect(lines).toContain('  4 file(s) in 2.0 s: 2.0 files/s, 1.0 imported/s')
    expect(lines.at(-1)).toBe('  archive/第4期.txt  No think-tank sections found.')
  })

  it('says "would import" on a dry run', () => {
    const dry: CountedFile[] = [{ file: 'a.txt', status: 'would-import' }]
    expect(formatImportSummary(dry, importTotals(dry, { ignored: 0, seconds: 1 }))).toContainEqual(expect.stringMatching(/would import \(dry run\) +1/))
  })

  it('measures Chinese characters as two columns', () => {
    expect(displayWidth('第4期')).toBe(5)
    expect(displayWidth('abc')).toBe(3)
  })
})

describe('the progress line', () => {
  it('shows files done of the total, the rate and the time left', () => {
    expect(formatProgress({ done: 25, total: 100, elapsedMs: 5000, width: 4 })).toBe('[█░░░] 25/100  25%  5.0 files/s  ETA 15s')
    expect(formatProgress({ done: 0, total: 1000, elapsedMs: 0, width: 4 })).toBe('[░░░░] 0/1000  0%  0.0 files/s  ETA —')
    expect(formatProgress({ done: 10, total: 10, elapsedMs: 125_000, width: 2 })).toBe('[██] 10/10  100%  0.1 files/s  ETA 0s')
    expect(formatProgress({ done: 1, total: 1001, elapsedMs: 1000, width: 2 })).toContain('ETA 16m 40s')
  })
})
