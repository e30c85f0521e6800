import type { TaskConfig } from 'payload'

import { pollDueFeeds } from './poll-feeds'

export const WATCH_QUEUE = 'watch'
export const POLL_FEEDS_TASK = 'pollDueFeeds'

/**
 * Every minute Payload's scheduler queues one poll of the feeds whose `nextFetchAt` has come (each
 * feed is due again `intervalMinutes` after its last fetch, later when it fails); the watch autoRun in
 * payload.config.ts runs it inside the server. The default beforeSchedule queues no second one while
 * one is queued or running.
 */
export const pollDueFeedsTask: TaskConfig = {
  slug: POLL_FEEDS_TASK,
  label: 'Poll the watch-desk feeds that are due',
  schedule: [{ cron: '0 * * * * *', queue: WATCH_QUEUE }],
  outputSchema: [
    { name: 'polled', type: 'number' },
    { name: 'created', type: 'number' },
    { name: 'errors', type: 'number' },
  ],
  // A failing feed is recorded on the feed and retried on its own schedule; the task itself does not retry.
  retries: 0,
  handler: async ({ req }) => {
    const results = await pollDueFeeds(req.payload, { now: new Date() })
    return {
      output: {
        polled: results.length,
        created: results.reduce((sum, result) => sum + result.created, 0),
        errors: results.filter((result) => result.status === 'error').length,
      },
    }
  },
}
