import type { PayloadRequest, RequestContext } from 'payload'

/*
 * Marks a write as made by the workflow service. `req.context` exists only on the server (REST,
 * GraphQL and the admin cannot set it), so a request carrying it came through the service.
 */
const WORKFLOW_WRITE = 'zhikuWorkflowWrite'

export const workflowWriteContext = (): RequestContext => ({ [WORKFLOW_WRITE]: true })

export const isWorkflowWrite = (req: PayloadRequest): boolean => req.context?.[WORKFLOW_WRITE] === true

/** A write with no user: seeding, migrations and jobs, which access control already vetted. */
export const isSystemWrite = (req: PayloadRequest): boolean => !req.user
