import type { PayloadRequest } from 'payload'

import { isAdmin } from '../../src/access/predicates'
import { bearerMatches } from '../../src/security/production-secret'

/** Running queued jobs (`/api/payload-jobs/run`): admins, or a scheduler holding ZHIKU_JOBS_SECRET as a bearer token. */
export const canRunJobs = ({ req }: { req: PayloadRequest }): boolean =>
  isAdmin(req.user) || bearerMatches(req.headers.get('authorization'), process.env.ZHIKU_JOBS_SECRET)

export const isAdminForJobs = ({ req }: { req: PayloadRequest }): boolean => isAdmin(req.user)
