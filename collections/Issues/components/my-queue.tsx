import type { I18nClient } from '@payloadcms/translations'
import type { Payload, TypedUser } from 'payload'

import { issuesWaitingFor } from '../../../services/workflow/waiting-for'
import { pick } from '../../../src/i18n/pick'
import { ACTION_LABELS } from '../../../src/workflow/actions'
import { PANEL_TEXT } from '../../../src/workflow/panel-text'
import { STAGE_LABELS } from '../../../src/workflow/stages'

type Props = { payload: Payload; user?: TypedUser | null; i18n: I18nClient }

/** The dashboard's "waiting for me": each issue where the signed-in person has a step to take. */
export async function MyQueue({ payload, user, i18n }: Props) {
  if (!user) return null
  const language = i18n.language
  const items = await issuesWaitingFor(payload, user)
  const adminRoute = payload.config.routes.admin
  return (
    <section aria-labelledby="zhiku-queue-title" className="zhiku-queue" style={{ marginBottom: 32 }}>
      <h2 id="zhiku-queue-title">{pick(PANEL_TEXT.queueTitle, language)}</h2>
      {items.length === 0 ? (
        <p>{pick(PANEL_TEXT.queueEmpty, language)}</p>
      ) : (
        <table className="table" data-testid="my-queue" style={{ width: '100%' }}>
          <thead>
            <tr>
              <th scope="col">{pick(PANEL_TEXT.number, language)}</th>
              <th scope="col">{pick(PANEL_TEXT.issue, language)}</th>
              <th scope="col">{pick(PANEL_TEXT.stage, language)}</th>
              <th scope="col">{pick(PANEL_TEXT.actions, language)}</th>
            </tr>
          </thead>
          <tbody>
            {items.map(({ issue, actions }) => (
              <tr key={issue.id}>
                <td>{issue.number}</td>
                <td>
                  <a href={`${adminRoute}/collections/issues/${issue.id}`}>{issue.title}</a>
                </td>
                <td>{pick(STAGE_LABELS[issue.stage], language)}</td>
                <td>{actions.map((action) => pick(ACTION_LABELS[action], language)).join(' / ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
