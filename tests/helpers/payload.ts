import type { Payload } from 'payload'

import { openPayload } from '../../scripts/lib/open-payload'

let shared: Promise<Payload> | undefined

/** One Payload instance per test file (Vitest isolates files), on the run's database. */
export const getTestPayload = (): Promise<Payload> => (shared ??= openPayload())
