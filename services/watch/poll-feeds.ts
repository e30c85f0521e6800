import type { Payload } from 'payload'

export type PollResult = {
  feed: number | string
  url: string
  status: 'ok' | 'not-modified' | 'error' | 'skipped'
  created: number
  error?: string
}

/** Polls every active feed whose nextFetchAt has come (filled in by the next commit). */
export function pollDueFeeds(payload: Payload, options: { now: Date }): Promise<PollResult[]> {
  payload.logger.info(`Watch desk: polling due feeds at ${options.now.toISOString()} is not wired yet.`)
  return Promise.resolve([])
}
