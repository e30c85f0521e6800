/**
 * SQLite's native objects (statements the cache let go, result cursors) are freed only when V8 collects
 * their small JavaScript wrappers; V8 does not count the native part, so over a long import (thousands of
 * files) collections come too rarely and the process grows by megabytes per file. When the command runs with
 * `--expose-gc` (npm run import does), a full collection every `every` files (about 70 ms each) keeps
 * it flat; 0 never collects.
 */
export function collectEvery(every: number): (done: number) => void {
  const gc = (globalThis as { gc?: () => void }).gc
  return (done) => {
    if (gc && every > 0 && done > 0 && done % every === 0) gc()
  }
}
