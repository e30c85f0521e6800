import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export type CommandRun = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }
export type ChildRun = { lines: Record<string, unknown>[]; code: number | null; signal: NodeJS.Signals | null; stderr: string }

/** Runs a program to its end and collects what it printed. */
export function runProgram(program: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<CommandRun> {
  return new Promise((resolve, reject) => {
    const proc = spawn(program, args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    proc.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    proc.on('error', reject)
    proc.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }))
  })
}

/** Runs a command script through the tsx CLI, as `npm run <command>` does. */
export const runTsxCommand = (script: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<CommandRun> =>
  runProgram(path.resolve('node_modules/.bin/tsx'), [script, ...args], env)

/** Runs a tsx script as a child server process (Node with tsx's loader, not the tsx CLI) and reads the JSON lines it prints. */
export async function runChild(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<ChildRun> {
  const { code, signal, stdout, stderr } = await runProgram(process.execPath, ['--import', 'tsx', script, ...args], env)
  return { lines: stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>), code, signal, stderr }
}

/**
 * Child processes started at the same moment: each gets a folder as its first argument, writes
 * `ready-<pid>` there when it is up, and waits for `go`, written once all are ready.
 */
export async function runChildrenTogether(script: string, argsEach: string[][], env: NodeJS.ProcessEnv): Promise<ChildRun[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zhiku-together-'))
  try {
    const children = argsEach.map((args) => runChild(script, [dir, ...args], env))
    while (readdirSync(dir).filter((name) => name.startsWith('ready-')).length < argsEach.length) await new Promise((resolve) => setTimeout(resolve, 20))
    writeFileSync(path.join(dir, 'go'), '')
    return await Promise.all(children)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The child's side of runChildrenTogether: says it is ready in `dir`, then waits for the parent's `go`. */
export async function readyThenAwaitGo(dir: string): Promise<void> {
  writeFileSync(path.join(dir, `ready-${process.pid}`), '')
  while (!existsSync(path.join(dir, 'go'))) await new Promise((resolve) => setTimeout(resolve, 2))
}
