'use client'
import { useConfig } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

export type IssueRow = { id: number | string; title: string; number?: number | null; stage?: string | null }

/** The issues that carry an article (read as the signed-in person), newest first; null while loading. */
export function useArticleIssues(id: number | string | undefined): IssueRow[] | null {
  const { config } = useConfig()
  const [issues, setIssues] = useState<IssueRow[] | null>(null)
  useEffect(() => {
    if (!id) return
    const query = new URLSearchParams({
      'where[articles][in]': String(id),
      depth: '0',
      draft: 'true',
      limit: '50',
      sort: '-number',
      'select[title]': 'true',
      'select[number]': 'true',
      'select[stage]': 'true',
    })
    void fetch(`${config.serverURL}${config.routes.api}/issues?${query.toString()}`, { credentials: 'include' })
      .then((response) => (response.ok ? (response.json() as Promise<{ docs: IssueRow[] }>) : { docs: [] }))
      .then((body) => setIssues(body.docs))
  }, [config.routes.api, config.serverURL, id])
  return issues
}
