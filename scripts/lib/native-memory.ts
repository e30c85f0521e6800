/**
 * Every query prepares a native SQLite statement that is freed only when V8 collects its small
 * JavaScript wrapper; V8 does not count the native part, so over a long import (thousands of files)
 * collections come too rarely and the process grows by megabytes per file. When the command runs
 * with `--expose-gc` (npm run import does), a full collection every `every` files keeps it flat.
 */
export function collectEvery(every: number): (done: number) => void {
  const gc = (globalThis as { gc?: () => void }).gc
  return (done) => {
    if (gc && done > 0 && done % every === 0) gc()
  }
}
