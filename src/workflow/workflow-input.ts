import { ACTIONS, isAction } from './actions'

export type WorkflowBody = { action: string; comment?: string | null; expectedStage?: string | null }

export type ParsedWorkflowBody = { ok: true; body: WorkflowBody } | { ok: false; reason: string }

const optionalText = (value: unknown): value is string | null | undefined =>
  value === undefined || value === null || typeof value === 'string'

/** The shape of a workflow request body, checked before any rule looks at it. */
export function parseWorkflowBody(body: unknown): ParsedWorkflowBody {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { ok: false, reason: 'The request body must be a JSON object.' }
  const { action, comment, expectedStage } = body as Record<string, unknown>
  if (typeof action !== 'string' || !isAction(action)) {
    return { ok: false, reason: `"action" must be one of ${ACTIONS.join(', ')}.` }
  }
  if (!optionalText(comment)) return { ok: false, reason: '"comment" must be text.' }
  if (!optionalText(expectedStage)) return { ok: false, reason: '"expectedStage" must be the name of a stage.' }
  return { ok: true, body: { action, comment, expectedStage } }
}
