const duration = (seconds: number) => {
  if (!Number.isFinite(seconds)) return '—'
  const whole = Math.round(seconds)
  const minutes = Math.floor(whole / 60)
  return minutes > 0 ? `${minutes}m ${String(whole % 60).padStart(2, '0')}s` : `${whole}s`
}

/**
 * One line of the terminal progress bar: `[█████░░░░░] 120/1000  12%  5.3 files/s  ETA 2m 46s`.
 * The rate is over the files done so far; the ETA assumes the rest go at that rate.
 */
export function formatProgress({ done, total, elapsedMs, width = 24 }: { done: number; total: number; elapsedMs: number; width?: number }): string {
  const fraction = total > 0 ? Math.min(1, done / total) : 1
  const filled = Math.round(fraction * width)
  const seconds = elapsedMs / 1000
  const rate = seconds > 0 && done > 0 ? done / seconds : 0
  const eta = done >= total ? 0 : rate > 0 ? (total - done) / rate : Number.POSITIVE_INFINITY
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total}  ${Math.floor(fraction * 100)}%  ${rate.toFixed(1)} files/s  ETA ${duration(eta)}`
}
