'use client'
import { PasswordField, useAuth, useDocumentInfo } from '@payloadcms/ui'
import type { PasswordFieldValidation, TextFieldClientComponent } from 'payload'

/** Needed only with a new password: a plain profile save goes through without it. */
const neededWithNewPassword: PasswordFieldValidation = (value, { data }) => {
  const newPassword: unknown = (data as { password?: unknown }).password
  const changing = typeof newPassword === 'string' && newPassword !== ''
  return !changing || (typeof value === 'string' && value !== '') ? true : '请输入当前密码 / Enter your current password'
}

/**
 * The virtual `currentPassword` field, on your own account only: the account view sends it with a
 * new password, as the API requires (collections/Users/hooks/password-change.ts). An admin setting
 * someone else's password is not asked for it.
 */
export const CurrentPasswordField: TextFieldClientComponent = ({ field, path }) => {
  const { user } = useAuth()
  const { id } = useDocumentInfo()
  if (!user || id === undefined || String(user.id) !== String(id)) return null
  return <PasswordField autoComplete="current-password" field={{ name: field.name, label: field.label }} path={path} validate={neededWithNewPassword} />
}
