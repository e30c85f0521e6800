import { formatProgress } from '../../src/import/import-progress'

export type Progress = { update: (done: number, total: number) => void; clear: () => void }

/** The progress bar on a terminal: one line redrawn in place, cleared before other output is printed. */
export function terminalProgress(write: (text: string) => void, columns = 80): Progress {
  const started = performance.now()
  let shown = false
  return {
    update: (done, total) => {
      const line = formatProgress({ done, total, elapsedMs: performance.now() - started })
      write(`\r\x1b[2K${line.slice(0, Math.max(40, (columns || 80) - 1))}`)
      shown = true
    },
    clear: () => {
      if (shown) write('\r\x1b[2K')
      shown = false
    },
  }
}
