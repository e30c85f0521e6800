import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import type { User } from '../../payload-types'
import { isJsonContentType } from '../../src/security/content-type'
import { parseWorkflowBody } from '../../src/workflow/workflow-input'
import { documentId } from '../payload/document-id'
import { runWorkflowAction, type WorkflowInput } from './run-workflow-action'
import { workflowSummary } from './workflow-summary'

const issueIdOf = (req: PayloadRequest) => documentId(req.payload, req.routeParams?.id)

async function readBody(req: PayloadRequest): Promise<WorkflowInput> {
  if (!isJsonContentType(req.headers.get('content-type'))) {
    throw new APIError('Send the request body as application/json.', 415)
  }
  let body: unknown
  try {
    body = req.json ? await req.json() : undefined
  } catch {
    throw new APIError('The request body must be JSON: { "action": …, "comment"?: …, "expectedStage"?: … }.', 400)
  }
  const parsed = parseWorkflowBody(body)
  if (!parsed.ok) throw new APIError(parsed.reason, 400)
  return parsed.body
}

const requireStaffUser = (req: PayloadRequest): User => {
  if (!req.user) throw new APIError('Log in to act on an issue.', 401)
  return req.user
}

/** `POST /api/issues/:id/workflow` acts; `GET` tells the signed-in user where the issue stands. */
export const workflowEndpoints: Endpoint[] = [
  {
    path: '/:id/workflow',
    method: 'post',
    handler: async (req) => {
      const user = requireStaffUser(req)
      const issueId = issueIdOf(req)
      const input = await readBody(req)
      const issue = await runWorkflowAction(req.payload, { issueId, user, input })
      return Response.json({ doc: issue, message: `Issue is now in the ${issue.stage} stage.` })
    },
  },
  {
    path: '/:id/workflow',
    method: 'get',
    handler: async (req) => {
      requireStaffUser(req)
      return Response.json(await workflowSummary(req, issueIdOf(req)))
    },
  },
]
