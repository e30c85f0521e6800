import { describe, expect, it } from 'vitest'

import { ImportScheduler } from '../../src/import/import-scheduler'

type Outcome = { file: string; status: 'imported' | 'refused' | 'skipped' }
type Started = { worker: string; attempt: number; file: string }

/** A scheduler whose calls out are recorded: what started where, and each answer by its request number. */
function scheduler() {
  const started: Started[] = []
  const answers = new Map<number, { redo: boolean; value?: number }>()
  const it = new ImportScheduler<string, string, Outcome>(
    {
      start: (worker, attempt, file) => started.push({ worker, attempt, file }),
      answer: (_worker, request, redo, value) => answers.set(request, { redo, value }),
    },
    (outcome) => outcome.status !== 'refused',
  )
  const attemptOf = (file: string) => started.filter((start) => start.file === file).at(-1)!.attempt
  /** Workers A and B up, and the files queued at positions 0, 1, … */
  const withTwoWorkers = (...files: string[]) => {
    it.workerReady('A')
    it.workerReady('B')
    files.forEach((file, position) => it.enqueue(position, file))
  }
  return { it, started, answers, attemptOf, withTwoWorkers }
}

describe('the order in which files written at once are done', () => {
  it('hands out issue numbers and commits in file order, whichever file gets there first', () => {
    const { it: s, answers, attemptOf, withTwoWorkers } = scheduler()
    withTwoWorkers('one.txt', 'two.txt')
    // two.txt asks for its number first: it waits until one.txt has one.
    s.question(attemptOf('two.txt'), 1, { type: 'number', newsletter: '海外智库观察', stated: null, nextSaved: 58 })
    expect(answers.has(1)).toBe(false)
    s.question(attemptOf('one.txt'), 2, { type: 'number', newsletter: '海外智库观察', stated: null, nextSaved: 58 })
    expect(answers.get(2)).toEqual({ redo: false, value: 58 })
    expect(answers.get(1)).toEqual({ redo: false, value: 59 })
    // two.txt is ready to commit first: it waits for one.txt.
    s.question(attemptOf('two.txt'), 3, { type: 'commit' })
    expect(answers.has(3)).toBe(false)
    s.question(attemptOf('one.txt'), 4, { type: 'commit' })
    expect(answers.get(4)).toEqual({ redo: false })
    expect(s.takeOutcomes()).toEqual([])
    s.ended(attemptOf('one.txt'), { file: 'one.txt', status: 'imported' })
    expect(answers.get(3)).toEqual({ redo: false })
    s.ended(attemptOf('two.txt'), { file: 'two.txt', status: 'imported' })
    expect(s.takeOutcomes().map((outcome) => outcome.file)).toEqual(['one.txt', 'two.txt'])
    expect(s.done(2)).toBe(true)
  })

  it('tries a file again once the earlier file whose write it needed is done', () => {
    const { it: s, answers, started, attemptOf, withTwoWorkers } = scheduler()
    withTwoWorkers('one.txt', 'two.txt', 'three.txt')
    const url = [{ key: 'source:https://example.org/report', mode: 'write' as const }]
    s.question(attemptOf('one.txt'), 1, { type: 'claim', claims: url })
    s.question(attemptOf('two.txt'), 2, { type: 'claim', claims: url })
    expect(answers.get(2)).toEqual({ redo: true })
    s.ended(attemptOf('two.txt'), 'redo')
    // Not before one.txt is done: it would find the source missing again. three.txt goes ahead meanwhile.
    expect(started.map((start) => start.file)).toEqual(['one.txt', 'two.txt', 'three.txt'])
    s.ended(attemptOf('one.txt'), { file: 'one.txt', status: 'imported' })
    expect(started.at(-1)?.file).toBe('two.txt')
    expect(s.redone).toBe(1)
  })

  it('makes an earlier file that writes what a later one holds win, and the later one start again', () => {
    const { it: s, answers, attemptOf, started, withTwoWorkers } = scheduler()
    withTwoWorkers('one.txt', 'two.txt')
    s.question(attemptOf('two.txt'), 1, { type: 'claim', claims: [{ key: 'registry', mode: 'read' }] })
    s.question(attemptOf('two.txt'), 2, { type: 'commit' })
    s.question(attemptOf('one.txt'), 3, { type: 'claim', claims: [{ key: 'registry', mode: 'write' }] })
    // two.txt, waiting for its turn to commit, is told to give up at once (its open transaction goes).
    expect(answers.get(2)).toEqual({ redo: true })
    expect(answers.get(3)).toEqual({ redo: false })
    s.ended(attemptOf('two.txt'), 'redo')
    expect(started.filter((start) => start.file === 'two.txt')).toHaveLength(2)
  })

  it('counts a refusal only from an attempt made once every earlier file was done', () => {
    const { it: s, attemptOf, started, withTwoWorkers } = scheduler()
    withTwoWorkers('one.txt', 'unknown-tank.txt')
    // Refused while one.txt (which may add the think tank it names) was still being written.
    s.ended(attemptOf('unknown-tank.txt'), { file: 'unknown-tank.txt', status: 'refused' })
    expect(started).toHaveLength(2)
    s.ended(attemptOf('one.txt'), { file: 'one.txt', status: 'imported' })
    expect(started.map((start) => start.file)).toEqual(['one.txt', 'unknown-tank.txt', 'unknown-tank.txt'])
    s.ended(attemptOf('unknown-tank.txt'), { file: 'unknown-tank.txt', status: 'refused' })
    expect(s.takeOutcomes()).toEqual([
      { file: 'one.txt', status: 'imported' },
      { file: 'unknown-tank.txt', status: 'refused' },
    ])
  })

  it('keeps a file refused when read in its place among the outcomes', () => {
    const { it: s, attemptOf } = scheduler()
    s.workerReady('A')
    s.enqueue(0, 'one.txt')
    s.settle(1, { file: 'copy-of-one.txt', status: 'refused' })
    expect(s.takeOutcomes()).toEqual([])
    s.ended(attemptOf('one.txt'), { file: 'one.txt', status: 'imported' })
    expect(s.takeOutcomes().map((outcome) => outcome.file)).toEqual(['one.txt', 'copy-of-one.txt'])
  })

  it('gives a worker a second file only while its first waits for its turn to commit', () => {
    const { it: s, attemptOf, started } = scheduler()
    s.workerReady('A')
    s.enqueue(0, 'one.txt')
    s.enqueue(1, 'two.txt')
    s.enqueue(2, 'three.txt')
    expect(started.map((start) => start.file)).toEqual(['one.txt'])
    s.question(attemptOf('one.txt'), 1, { type: 'commit' })
    // one.txt may commit at once (nothing before it), so A stays with it.
    expect(started).toHaveLength(1)
    s.ended(attemptOf('one.txt'), { file: 'one.txt', status: 'imported' })
    s.workerReady('B')
    expect(started.map((start) => `${start.worker}:${start.file}`)).toEqual(['A:one.txt', 'A:two.txt', 'B:three.txt'])
    s.question(attemptOf('three.txt'), 2, { type: 'commit' })
    expect(started.map((start) => start.file)).toEqual(['one.txt', 'two.txt', 'three.txt'])
  })
})
