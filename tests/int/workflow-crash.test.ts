import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { ownDatabaseUri } from '../helpers/own-database'

/*
 * Kills a real server process (SIGKILL, as a power cut would) while it gives an issue its last 终审
 * approval — at each step of the action, and at arbitrary moments — then starts again and checks
 * every issue: wholly before the approval or wholly after it, never in between. Where the database
 * has transactions (SQLite, PostgreSQL) a kill at any step rolls the whole action back; without them
 * (MongoDB outside a replica set) the write-ahead intent is completed at restart. `started`: the action
 * began (without a transaction, its intent is stored).
 */
const STEPS = ['started', 'after-event', 'after-release', 'after-articles', 'after-issue']
const DELAYS_MS = [0, 40, 160]
const dir = mkdtempSync(path.join(os.tmpdir(), 'zhiku-crash-'))
const env = {
  ...process.env,
  DATABASE_URI: await ownDatabaseUri(dir, 'crash'),
  PAYLOAD_SECRET: 'crash-test-secret',
  PAYLOAD_LOG_LEVEL: 'fatal',
  ZHIKU_JOBS_AUTORUN: 'false',
  SMTP_HOST: '',
}

afterAll(() => rmSync(dir, { recursive: true, force: true }))

type Run = { lines: Record<string, unknown>[]; code: number | null; signal: NodeJS.Signals | null; stderr: string }

/** Runs the child; with `killAfterMs`, kills it that long after it starts approving. */
function child(args: string[], { killAfterMs }: { killAfterMs?: number } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    // Node itself with tsx's loader (not the tsx CLI, which would run the server as a grandchild).
    const proc = spawn(process.execPath, ['--import', 'tsx', 'tests/helpers/crash-child.ts', ...args], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    let timerSet = false
    proc.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      if (killAfterMs !== undefined && !timerSet && stdout.includes('"approving"')) {
        timerSet = true
        setTimeout(() => proc.kill('SIGKILL'), killAfterMs)
      }
    })
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    proc.on('error', reject)
    proc.on('close', (code, signal) =>
      resolve({ lines: stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>), code, signal, stderr }),
    )
  })
}

type IssueState = {
  issueId: number
  stage: string
  finalSignoffs: (string | null)[]
  events: { action: string; to: string; releaseHash: string | null }[]
  releases: { hash: string; recomputed: string; latest: boolean }[]
  pendingIntents: number
}

describe('a server killed during the last 终审 approval', () => {
  it('leaves every issue wholly before or wholly after the approval once it has restarted', { timeout: 900_000 }, async () => {
    const rounds = STEPS.length + DELAYS_MS.length
    const prepared = await child(['prepare', String(rounds)])
    expect(prepared.code, prepared.stderr).toBe(0)
    const { issueIds, approverId } = prepared.lines[0] as { issueIds: number[]; approverId: number }

    // Four approving processes at a time (each on its own issue): the kills are per process.
    const killed: string[] = []
    const approve = async (issueId: number, index: number) => {
      const crashAt = STEPS[index]
      const delay = crashAt ? undefined : DELAYS_MS[index - STEPS.length]
      const run = await child(['approve', JSON.stringify({ issueId, approverId, crashAt })], { killAfterMs: delay })
      if (run.signal === 'SIGKILL') killed.push(crashAt ?? `${delay} ms`)
      else expect(run.code, run.stderr).toBe(0)
    }
    for (let start = 0; start < issueIds.length; start += 4) {
      await Promise.all(issueIds.slice(start, start + 4).map((issueId, offset) => approve(issueId, start + offset)))
    }
    // Every step kill lands; the timed ones land wherever the action happened to be.
    expect(killed.filter((point) => STEPS.includes(point)).sort()).toEqual([...STEPS].sort())

    const inspected = await child(['inspect'])
    expect(inspected.code, inspected.stderr).toBe(0)
    const [{ transactions }, ...rest] = inspected.lines as [{ transactions: boolean }, ...Record<string, unknown>[]]
    const states = rest as unknown as IssueState[]
    const outcome: string[] = []
    for (const issueId of issueIds) {
      const state = states.find((candidate) => candidate.issueId === issueId)!
      expect(state.pendingIntents).toBe(0)
      const finalApprovals = state.events.filter((event) => event.action === 'approve' && state.events.indexOf(event) >= 3)
      if (state.stage === 'final') {
        // Before: one final sign-off, one final approval recorded, nothing released.
        expect([state.finalSignoffs.length, finalApprovals.length, state.releases.length]).toEqual([1, 1, 0])
        outcome.push('before')
      } else {
        // After: both sign-offs, both approvals, one release whose hash all three agree on.
        expect(state.stage).toBe('published')
        expect([state.finalSignoffs.length, finalApprovals.length, state.releases.length]).toEqual([2, 2, 1])
        const [release] = state.releases
        expect(release!.recomputed).toBe(release!.hash)
        expect(release!.latest).toBe(true)
        expect(state.finalSignoffs.at(-1)).toBe(release!.hash)
        expect(state.events.at(-1)).toMatchObject({ action: 'approve', to: 'published', releaseHash: release!.hash })
        outcome.push('after')
      }
    }
    // Every step is inside the action's transaction; without one, a kill after the write-ahead intent is completed.
    expect(outcome.slice(0, STEPS.length)).toEqual(STEPS.map(() => (transactions ? 'before' : 'after')))
  })
})
