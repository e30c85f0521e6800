import { bilingual, type Bilingual } from '../i18n/bilingual'

export const ACTIONS = ['submit', 'approve', 'reject', 'withdraw', 'reopen'] as const

export type Action = (typeof ACTIONS)[number]

export const isAction = (value: unknown): value is Action =>
  typeof value === 'string' && (ACTIONS as readonly string[]).includes(value)

export const ACTION_LABELS: Record<Action, Bilingual> = {
  submit: bilingual('提交审核', 'Submit for review'),
  approve: bilingual('通过', 'Approve'),
  reject: bilingual('退回', 'Send back'),
  withdraw: bilingual('撤回', 'Withdraw'),
  reopen: bilingual('重新打开以更正', 'Reopen for a correction'),
}
