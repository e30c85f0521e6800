import { ImportClaims, type Claim } from './import-claims'

/** A question a file's attempt asks before a step (the ImportGate's three calls). */
export type WorkerQuestion =
  { type: 'claim'; claims: Claim[] } | { type: 'number'; newsletter: string; stated: number | null; nextSaved: number } | { type: 'commit' }

/** How the scheduler reaches the workers: start an attempt, answer a question (`redo`: the attempt must give up). */
export type SchedulerOutput<W, F> = {
  start: (worker: W, attempt: number, file: F) => void
  answer: (worker: W, request: number, redo: boolean, value?: number) => void
}

type Attempt<W, F> = {
  id: number
  position: number
  file: F
  worker: W
  /** Started once every earlier file was done: a refusal is then the file's outcome. */
  clean: boolean
  /** Has taken its issue number. */
  numbered: boolean
  /** An earlier file took what this one needs: it gives up at its next step. */
  wounded: boolean
  /** Refused a claim an earlier file held: tried again once every earlier file is done. */
  blocked: boolean
  /** The questions it waits on: its commit (until every earlier file is done), its number (until every earlier attempt has one). */
  commit?: number
  number?: { request: number; newsletter: string; stated: number | null; nextSaved: number }
}

/** A worker takes a second file while its first waits for its turn to commit, never more. */
const ATTEMPTS_PER_WORKER = 2

/**
 * Decides which worker imports which file when, for an import that writes several files at once
 * (services/import/parallel-import.ts) and must end as a one-after-another import in file order would:
 * what a file depends on is claimed first (src/import/import-claims.ts); issue numbers are handed out in
 * file order; a file that gave way is tried again; a refusal counts only from an attempt started once
 * every earlier file was done; files commit in file order. Knows nothing of processes: events in, calls out.
 */
export class ImportScheduler<W, F, O> {
  private readonly claims = new ImportClaims()
  private readonly queue: { position: number; file: F }[] = []
  private readonly again: { position: number; file: F; clean: boolean }[] = []
  private readonly outcomes = new Map<number, O>()
  private readonly attempts = new Map<number, Attempt<W, F>>()
  private readonly workers = new Map<W, Attempt<W, F>[]>()
  private attemptCount = 0
  private firstOpen = 0
  private yielded = 0
  /** How many attempts were given up and made again (for the curious; the outcome is the same). */
  redone = 0

  /**
   * `standsAlone`: whether an outcome holds whatever ran beside it (an import, committed in its turn; "already
   * imported", which earlier files of the run cannot change); any other refusal counts only from a clean attempt.
   */
  constructor(
    private readonly output: SchedulerOutput<W, F>,
    private readonly standsAlone: (outcome: O) => boolean,
  ) {}

  get started(): number {
    return this.attemptCount
  }

  /** Whether it could use more files read ahead. */
  wantsFiles(): boolean {
    return this.queue.length < Math.max(2, this.workers.size)
  }

  /** The next file, read, at its position in the import. */
  enqueue(position: number, file: F): void {
    this.queue.push({ position, file })
    this.dispatch()
  }

  /** A file refused before any attempt (unreadable, a duplicate within the run). */
  settle(position: number, outcome: O): void {
    this.finish(position, outcome)
  }

  workerReady(worker: W): void {
    this.workers.set(worker, [])
    this.dispatch()
  }

  /** The outcomes now known in file order, each handed out once. */
  takeOutcomes(): O[] {
    const ready: O[] = []
    while (this.outcomes.has(this.yielded)) {
      ready.push(this.outcomes.get(this.yielded)!)
      this.outcomes.delete(this.yielded)
      this.yielded += 1
    }
    return ready
  }

  /** Every file given so far has its outcome handed out. */
  done(positions: number): boolean {
    return this.yielded === positions
  }

  question(attemptId: number, request: number, question: WorkerQuestion): void {
    const attempt = this.attempts.get(attemptId)
    if (!attempt) return
    if (attempt.wounded) return this.output.answer(attempt.worker, request, true)
    if (question.type === 'commit') {
      attempt.commit = request
      this.answerCommits()
    } else if (question.type === 'number') {
      attempt.number = { request, newsletter: question.newsletter, stated: question.stated, nextSaved: question.nextSaved }
      this.answerNumbers()
    } else {
      const answer = this.claims.claim(attempt.position, question.claims)
      if (!answer.granted) return this.giveUpBlocked(attempt, request)
      this.wound(answer.wound)
      this.output.answer(attempt.worker, request, false)
    }
    this.dispatch()
  }

  /** An attempt ended: `redo` when it gave up (nothing of it kept), else the file's outcome if it counts. */
  ended(attemptId: number, outcome: O | 'redo'): void {
    const attempt = this.attempts.get(attemptId)
    if (!attempt) return
    this.attempts.delete(attemptId)
    const held = this.workers.get(attempt.worker)
    held?.splice(held.indexOf(attempt), 1)
    this.claims.release(attempt.position)
    if (outcome !== 'redo' && (this.standsAlone(outcome) || (attempt.clean && !attempt.wounded))) {
      this.finish(attempt.position, outcome)
    } else {
      this.redone += 1
      // Later files may have counted on what this one claimed (the number after its own).
      this.wound([...this.attempts.values()].filter((other) => other.position > attempt.position).map((other) => other.position))
      const clean = attempt.blocked || (outcome !== 'redo' && !attempt.wounded)
      this.again.push({ position: attempt.position, file: attempt.file, clean })
    }
    this.answerNumbers()
    this.dispatch()
  }

  private giveUpBlocked(attempt: Attempt<W, F>, request: number): void {
    attempt.blocked = true
    this.output.answer(attempt.worker, request, true)
  }

  private wound(positions: readonly number[]): void {
    for (const attempt of this.attempts.values()) {
      if (!positions.includes(attempt.position) || attempt.wounded) continue
      attempt.wounded = true
      for (const request of [attempt.commit, attempt.number?.request]) {
        if (request !== undefined) this.output.answer(attempt.worker, request, true)
      }
      attempt.commit = undefined
      attempt.number = undefined
    }
  }

  private finish(position: number, outcome: O): void {
    this.outcomes.set(position, outcome)
    while (this.outcomes.has(this.firstOpen) || this.firstOpen < this.yielded) this.firstOpen += 1
    this.answerCommits()
    this.dispatch()
  }

  private answerCommits(): void {
    for (const attempt of this.attempts.values()) {
      if (attempt.commit === undefined || attempt.wounded || attempt.position > this.firstOpen) continue
      const request = attempt.commit
      attempt.commit = undefined
      this.output.answer(attempt.worker, request, false)
    }
  }

  /** Numbers go out in file order: a file asks once every earlier attempt in flight has its number (or has ended). */
  private answerNumbers(): void {
    const waiting = [...this.attempts.values()]
      .filter((attempt) => attempt.number && !attempt.wounded)
      .sort((a, b) => a.position - b.position)
    for (const attempt of waiting) {
      const earlierUnnumbered = [...this.attempts.values()].some(
        (other) => other.position < attempt.position && !other.numbered && !other.wounded,
      )
      if (earlierUnnumbered) return
      const { request, newsletter, stated, nextSaved } = attempt.number!
      attempt.number = undefined
      const answer = this.claims.number(attempt.position, newsletter, stated, nextSaved)
      if (!answer.granted) {
        this.giveUpBlocked(attempt, request)
        continue
      }
      attempt.numbered = true
      this.wound(answer.wound)
      this.output.answer(attempt.worker, request, false, answer.number)
    }
  }

  private dispatch(): void {
    for (const [worker, held] of this.workers) {
      while (held.length < ATTEMPTS_PER_WORKER && held.every((attempt) => attempt.commit !== undefined)) {
        const next = this.nextFile()
        if (!next) return
        this.attemptCount += 1
        const attempt: Attempt<W, F> = {
          id: this.attemptCount,
          position: next.position,
          file: next.file,
          worker,
          clean: this.firstOpen >= next.position,
          numbered: false,
          wounded: false,
          blocked: false,
        }
        this.attempts.set(attempt.id, attempt)
        held.push(attempt)
        this.output.start(worker, attempt.id, next.file)
      }
    }
  }

  /** A file given back that may be tried now (the earliest first), else the next new one. */
  private nextFile(): { position: number; file: F } | undefined {
    this.again.sort((a, b) => a.position - b.position)
    const retry = this.again.findIndex((entry) => !entry.clean || this.firstOpen >= entry.position)
    if (retry >= 0) return this.again.splice(retry, 1)[0]
    return this.queue.shift()
  }
}
