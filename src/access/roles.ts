import { bilingual, type Bilingual } from '../i18n/bilingual'

export const ROLES = ['admin', 'editor', 'reviewer', 'layout', 'final-approver'] as const

export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, Bilingual> = {
  admin: bilingual('管理员', 'Administrator'),
  editor: bilingual('编辑', 'Editor'),
  reviewer: bilingual('审核', 'Reviewer'),
  layout: bilingual('排版', 'Layout editor'),
  'final-approver': bilingual('终审', 'Final approver'),
}

export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value)
