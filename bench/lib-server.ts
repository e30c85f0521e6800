import { type ChildProcess, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'

/** Starts `npm run demo`'s server (scripts/demo.ts: builds when stale, then the custom server) in its own process group. */
export function startDemoServer(env: Record<string, string>, args: string[] = []): ChildProcess {
  return spawn('npx', ['tsx', 'scripts/demo.ts', ...args], { env: { ...process.env, ...env }, stdio: 'ignore', detached: true })
}

export function stopServer(server: ChildProcess): void {
  if (server.pid) process.kill(-server.pid, 'SIGTERM')
}

export async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false, // not listening yet
    )
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`)
}

/** The largest single process RSS under `rootPid` (the Next.js server itself, not npm/tsx wrappers). */
export function largestRss(rootPid: number): number {
  let largest = 0
  const read = (file: string): string => {
    try {
      return readFileSync(file, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ESRCH') return '' // the process ended
      throw error
    }
  }
  const walk = (pid: number) => {
    largest = Math.max(largest, Number(/VmRSS:\s+(\d+)/.exec(read(`/proc/${pid}/status`))?.[1] ?? 0) * 1024)
    for (const child of read(`/proc/${pid}/task/${pid}/children`).trim().split(/\s+/).filter(Boolean).map(Number)) walk(child)
  }
  walk(rootPid)
  return largest
}

export const percentile = (values: number[], p: number): number => {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}
