import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import type { User } from '../../payload-types'
import { isJsonContentType } from '../../src/security/content-type'
import { STAGE_LABELS } from '../../src/workflow/stages'
import { parseWorkflowBody } from '../../src/workflow/workflow-input'
import { documentId } from '../payload/document-id'
import { requestLanguage, sayFor } from '../payload/request-language'
import { runWorkflowAction, type WorkflowInput } from './run-workflow-action'
import { workflowSummary } from './workflow-summary'

const issueIdOf = (req: PayloadRequest) => documentId(req.payload, req.routeParams?.id)

async function readBody(req: PayloadRequest): Promise<WorkflowInput> {
  const say = sayFor(req)
  if (!isJsonContentType(req.headers.get('content-type'))) {
    throw new APIError(say('请以 application/json 格式发送请求内容。', 'Send the request body as application/json.'), 415)
  }
  let body: unknown
  try {
    body = req.json ? await req.json() : undefined
  } catch {
    throw new APIError(
      say('请求内容必须是 JSON：{ "action": …, "comment"?: …, "expectedStage"?: … }。', 'The request body must be JSON: { "action": …, "comment"?: …, "expectedStage"?: … }.'),
      400,
    )
  }
  const parsed = parseWorkflowBody(body, requestLanguage(req))
  if (!parsed.ok) throw new APIError(parsed.reason, 400)
  return parsed.body
}

const requireStaffUser = (req: PayloadRequest): User => {
  if (!req.user) throw new APIError(sayFor(req)('请先登录。', 'Log in to act on an issue.'), 401)
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
      const issue = await runWorkflowAction(req.payload, { issueId, user, input, i18n: req.i18n })
      const stage = STAGE_LABELS[issue.stage]
      return Response.json({ doc: issue, message: sayFor(req)(`本期现处于「${stage.zh}」阶段。`, `The issue is now in the ${stage.en} stage.`) })
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
