'use client'
import { useRowLabel, useTranslation } from '@payloadcms/ui'

import { formatAdminDateTime } from '../../../src/i18n/admin-text'
import { pick } from '../../../src/i18n/pick'
import { SIGNOFF_STAGES, STAGE_LABELS, type SignoffStage } from '../../../src/workflow/stages'

type SignoffRow = { stage?: string | null; name?: string | null; signedAt?: string | null }

const isSignoffStage = (value: unknown): value is SignoffStage => typeof value === 'string' && (SIGNOFF_STAGES as readonly string[]).includes(value)

/** A sign-off row reads stage · person · time (审核 · 赵杨博 · 2026年12月5日 11:53). */
export function SignoffRowLabel() {
  const { data } = useRowLabel<SignoffRow>()
  const { i18n } = useTranslation()
  const parts = [
    isSignoffStage(data?.stage) ? pick(STAGE_LABELS[data.stage], i18n.language) : null,
    data?.name || null,
    data?.signedAt ? formatAdminDateTime(data.signedAt, i18n.language) : null,
  ].filter((part): part is string => Boolean(part))
  return <span data-testid="signoff-row">{parts.join(' · ')}</span>
}
