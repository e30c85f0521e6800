import { bilingual, type Bilingual } from '../i18n/bilingual'
import type { Action } from './actions'
import type { Stage } from './stages'

/** The stage an approval moves an issue on to, by the chain's order (终审 ends in publishing). */
const NEXT_AFTER_APPROVE: Partial<Record<Stage, Bilingual>> = {
  review: bilingual('通过后进入排版。', 'Once approved, the issue goes to layout.'),
  layout: bilingual('通过后进入终审。', 'Once approved, the issue goes to final approval.'),
  final: bilingual(
    '通过后记录您的终审签发；全部终审人通过后即发布（设定了发布时间则按时发布）。',
    'Once approved, your final sign-off is recorded; when every final approver has approved, the issue is published (or scheduled).',
  ),
}

/** What follows an action, said before the person confirms it. */
export function actionConsequence(action: Action, stage: Stage): Bilingual {
  switch (action) {
    case 'submit':
      return bilingual('提交后进入审核，由审核人处理；审核期间您不能再修改正文。', 'Once submitted, the issue goes to review for the reviewer; during review you can no longer change the text.')
    case 'approve':
      return NEXT_AFTER_APPROVE[stage] ?? bilingual('通过后进入下一阶段。', 'Once approved, the issue goes to the next stage.')
    case 'reject':
      return bilingual('退回后回到草稿，本修订版的签发全部作废。', 'Sent back, the issue returns to draft and every sign-off of this revision is void.')
    case 'withdraw':
      return bilingual('撤回后回到草稿，本修订版的签发作废。', 'Withdrawn, the issue returns to draft and this revision’s sign-offs are void.')
    case 'reopen':
      return bilingual(
        '重新打开后开始新的修订版草稿；您的说明将作为公开的更正说明，已发布的版本在新版本发布前保持不变。',
        'Reopened, a new draft revision starts; your comment becomes the public correction note, and the published version stays until the new one is released.',
      )
  }
}

/** Whether the action needs a comment (the reason for sending back, the correction note). */
export const actionNeedsComment = (action: Action): boolean => action === 'reject' || action === 'reopen'

/** The success message after an action, naming the stage the issue is in now. */
export function actionDone(action: Action, stageNow: Bilingual): Bilingual {
  const verbs: Record<Action, Bilingual> = {
    submit: bilingual('已提交', 'Submitted'),
    approve: bilingual('已通过', 'Approved'),
    reject: bilingual('已退回', 'Sent back'),
    withdraw: bilingual('已撤回', 'Withdrawn'),
    reopen: bilingual('已重新打开', 'Reopened'),
  }
  return bilingual(`${verbs[action].zh}，当前阶段：${stageNow.zh}`, `${verbs[action].en}; the issue is now in: ${stageNow.en}`)
}
