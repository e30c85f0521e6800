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

const readProc = (file: string): string => {
  try {
    return readFileSync(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ESRCH') return '' // the process ended
    throw error
  }
}

const descendants = (pid: number): number[] => [
  pid,
  ...readProc(`/proc/${pid}/task/${pid}/children`).trim().split(/\s+/).filter(Boolean).map(Number).flatMap(descendants),
]

/** The largest single process RSS under `rootPid` (the Next.js server itself, not npm/tsx wrappers). */
export function largestRss(rootPid: number): number {
  return Math.max(0, ...descendants(rootPid).map((pid) => Number(/VmRSS:\s+(\d+)/.exec(readProc(`/proc/${pid}/status`))?.[1] ?? 0) * 1024))
}

/**
 * The process under `rootPid` that runs scripts/server.ts (npm, npx and tsx's launcher have the
 * script on their command lines too, so the largest one: the Node.js process serving requests).
 */
export function serverPid(rootPid: number): number | null {
  const candidates = descendants(rootPid).filter((pid) => readProc(`/proc/${pid}/cmdline`).includes('scripts/server.ts'))
  const rss = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readProc(`/proc/${pid}/status`))?.[1] ?? 0)
  return candidates.sort((a, b) => rss(b) - rss(a))[0] ?? null
}

export type ProcessMemory = { rss: number; peakRss: number; anon: number; file: number }

/** A process's memory as the kernel counts it (bytes): resident now, the peak resident (VmHWM), anonymous and file-backed parts. */
export function processMemory(pid: number): ProcessMemory {
  const status = readProc(`/proc/${pid}/status`)
  const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) * 1024
  return { rss: kb('VmRSS'), peakRss: kb('VmHWM'), anon: kb('RssAnon'), file: kb('RssFile') + kb('RssShmem') }
}

export const percentile = (values: number[], p: number): number => {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}
