import type { Payload, Where } from 'payload'

import type { Issue, User } from '../../payload-types'
import { SLUGS } from '../../src/collection-slugs'
import { idOf, idsOf, type Id } from '../../src/content/ids'
import { STAGE_ROLE } from '../../src/workflow/signoff-rules'
import { STAGE_LABELS, type Stage } from '../../src/workflow/stages'

/** Who should act when an issue enters a stage: the assigned people, else everyone with the role. */
function recipientsQuery(issue: Issue, stage: Stage): Where | null {
  const byIds = (ids: Id[]): Where | null => (ids.length > 0 ? { id: { in: ids } } : null)
  switch (stage) {
    case 'review':
      return byIds(idsOf([issue.reviewer])) ?? { roles: { contains: STAGE_ROLE.review } }
    case 'layout':
      return byIds(idsOf([issue.layoutEditor])) ?? { roles: { contains: STAGE_ROLE.layout } }
    case 'final':
      return byIds(idsOf(issue.finalApprovers)) ?? { roles: { contains: STAGE_ROLE.final } }
    case 'draft':
      return byIds([...idsOf(issue.authors), ...idsOf([issue.submittedBy])])
    default:
      return null
  }
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
