import { spawn } from 'node:child_process'

export type ChildRun = { lines: Record<string, unknown>[]; code: number | null; signal: NodeJS.Signals | null; stderr: string }

/** Runs a tsx script as a child server process (Node with tsx's loader, not the tsx CLI) and reads the JSON lines it prints. */
export function runChild(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', script, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    proc.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    proc.on('error', reject)
    proc.on('close', (code, signal) =>
      resolve({ lines: stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>), code, signal, stderr }),
    )
  })
}
