/*
 * Fault injection for the tests that prove workflow actions all or nothing: when ZHIKU_CRASH_AT
 * names this point the process kills itself with SIGKILL here, as a power cut would
 * (tests/int/workflow-crash.test.ts); when ZHIKU_FAIL_AT names it, the write fails with an error.
 * Inert when neither is set.
 */
export function faultPoint(name: string): void {
  if (process.env.ZHIKU_CRASH_AT === name) process.kill(process.pid, 'SIGKILL')
  if (process.env.ZHIKU_FAIL_AT === name) throw new Error(`Injected failure at ${name}`)
}
