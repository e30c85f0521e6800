'use client'
import { PasswordField, useAuth, useDocumentInfo } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'

/** The server decides (400 without it, 403 when wrong, with a message the admin shows). */
const checkedByTheServer = () => true as const

/**
 * The virtual `currentPassword` field, on your own account only: the account view sends it with a
 * new password, as the API requires (collections/Users/hooks/password-change.ts). An admin setting
 * someone else's password is not asked for it.
 */
export const CurrentPasswordField: TextFieldClientComponent = ({ field, path }) => {
  const { user } = useAuth()
  const { id } = useDocumentInfo()
  if (!user || id === undefined || String(user.id) !== String(id)) return null
  return <PasswordField autoComplete="current-password" field={{ name: field.name, label: field.label }} path={path} validate={checkedByTheServer} />
}
