import type { I18nClient } from '@payloadcms/translations'
import type { Payload } from 'payload'

import { pick } from '../../../src/i18n/pick'
import { DESK_TEXT } from '../../../src/workflow/panel-text'

/** A link to the issue board, in the navigation and on the dashboard. */
export function BoardLink({ payload, i18n }: { payload: Payload; i18n: I18nClient }) {
  return (
    <a className="nav__link" data-testid="board-link" href={`${payload.config.routes.admin}/board`} style={{ display: 'block', margin: '8px 0' }}>
      {pick(DESK_TEXT.boardLink, i18n.language)}
    </a>
  )
}
