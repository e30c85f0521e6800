'use client'
import { useFormFields, useTranslation } from '@payloadcms/ui'

import { pick } from '../../../src/i18n/pick'
import { DESK_TEXT } from '../../../src/workflow/panel-text'
import { STAGES, STAGE_LABELS, type Stage } from '../../../src/workflow/stages'

const isStage = (value: unknown): value is Stage => typeof value === 'string' && (STAGES as readonly string[]).includes(value)

/** Replaces Payload's draft/published status in the issue header: an issue has one status, its stage. */
export function StageStatus() {
  const { i18n } = useTranslation()
  const stage = useFormFields(([fields]) => fields.stage?.value)
  if (!isStage(stage)) return null
  return (
    <div className="status" data-testid="header-stage">
      <span className="status__label">{pick(DESK_TEXT.stageHeader, i18n.language)}：</span>
      <span className="status__value">{pick(STAGE_LABELS[stage], i18n.language)}</span>
    </div>
  )
}
