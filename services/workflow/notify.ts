import type { Payload, Where } from 'payload'

import type { Issue, User } from '../../payload-types'
import { SLUGS } from '../../src/collection-slugs'
import { idOf } from '../../src/content/ids'
import { recipients } from '../../src/workflow/recipients'
import { STAGE_LABELS, type Stage } from '../../src/workflow/stages'
import { toWorkflowState } from './issue-state'

/** Who should act when an issue enters a stage (src/workflow/recipients.ts), as a users query. */
function recipientsQuery(issue: Issue, stage: Stage): Where | null {
  const who = recipients(toWorkflowState(issue), stage)
  if (!who) return null
  return 'people' in who ? { id: { in: who.people } } : { roles: { contains: who.role } }
}

/**
 * Emails the people who must act now. Runs after the action is committed; a mail failure is logged
 * and never undoes the action.
 */
export async function notifyStageEntered(payload: Payload, issue: Issue, stage: Stage, comment?: string | null): Promise<number> {
  const where = recipientsQuery(issue, stage)
  if (!where) return 0
  const users = await payload.find({ collection: SLUGS.users, where, depth: 0, pagination: false, limit: 0 })
  const recipients = users.docs.filter((user: User) => !!user.email)
  const link = `${payload.config.serverURL || ''}/admin/collections/issues/${idOf(issue.id)}`
  const label = STAGE_LABELS[stage]
  const subject = `【${label.zh}】第 ${issue.number} 期《${issue.title}》等待您处理 / Issue No. ${issue.number} awaits you (${label.en})`
  const text = [
    `《${issue.title}》现处于「${label.zh}」阶段，请您处理。`,
    `Issue No. ${issue.number} "${issue.title}" is now in the ${label.en} stage.`,
    comment ? `\n意见 / Comment: ${comment}` : '',
    `\n${link}`,
  ].join('\n')
  let sent = 0
  for (const user of recipients) {
    try {
      await payload.sendEmail({ to: user.email, subject, text })
      sent += 1
    } catch (error) {
      payload.logger.error({ err: error, msg: `Could not email ${user.email} about issue ${issue.id}` })
    }
  }
  return sent
}
