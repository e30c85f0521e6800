import type { AdminLanguage } from '../i18n/admin-language'
import { sayIn } from '../i18n/say'
import { ACTIONS, isAction } from './actions'

export type WorkflowBody = { action: string; comment?: string | null; expectedStage?: string | null }

export type ParsedWorkflowBody = { ok: true; body: WorkflowBody } | { ok: false; reason: string }

const optionalText = (value: unknown): value is string | null | undefined =>
  value === undefined || value === null || typeof value === 'string'

/** The shape of a workflow request body, checked before any rule looks at it; reasons in `language`. */
export function parseWorkflowBody(body: unknown, language: AdminLanguage = 'zh'): ParsedWorkflowBody {
  const say = sayIn(language)
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { ok: false, reason: say('请求内容必须是 JSON 对象。', 'The request body must be a JSON object.') }
  const { action, comment, expectedStage } = body as Record<string, unknown>
  if (typeof action !== 'string' || !isAction(action)) {
    return { ok: false, reason: say(`“action”必须是 ${ACTIONS.join('、')} 之一。`, `"action" must be one of ${ACTIONS.join(', ')}.`) }
  }
  if (!optionalText(comment)) return { ok: false, reason: say('“comment”必须是文字。', '"comment" must be text.') }
  if (!optionalText(expectedStage)) return { ok: false, reason: say('“expectedStage”必须是阶段名称。', '"expectedStage" must be the name of a stage.') }
  return { ok: true, body: { action, comment, expectedStage } }
}
