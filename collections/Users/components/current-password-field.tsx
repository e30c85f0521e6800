'use client'
import { FieldLabel, useField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'

/** A masked input for the virtual `currentPassword` field: the account view sends it with a new password. */
export const CurrentPasswordField: TextFieldClientComponent = ({ field, path }) => {
  const { value, setValue } = useField<string>({ path })
  const id = `field-${path}`
  return (
    <div className="field-type password">
      <FieldLabel htmlFor={id} label={field.label} />
      <div className="field-type__wrap">
        <input
          id={id}
          name={path}
          type="password"
          autoComplete="current-password"
          value={value ?? ''}
          onChange={(event) => setValue(event.target.value)}
        />
      </div>
    </div>
  )
}
