/*
 * Fault injection for the crash test (tests/int/workflow-crash.test.ts): when ZHIKU_CRASH_AT names
 * this point, the process kills itself with SIGKILL here, as a power cut would. Inert otherwise.
 */
export function crashPoint(name: string): void {
  if (process.env.ZHIKU_CRASH_AT === name) process.kill(process.pid, 'SIGKILL')
}
