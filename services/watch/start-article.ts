import { randomUUID } from 'node:crypto'

import { APIError, type Payload, ValidationError } from 'payload'

import type { Article, Lead, Source, User } from '../../payload-types'
import { canEditContent } from '../../src/access/predicates'
import type { Say } from '../../src/checks/say'
import { SLUGS } from '../../src/collection-slugs'
import { idOf, type Id } from '../../src/content/ids'
import { paragraphsToLexical } from '../../src/richtext/lexical-json'
import { slugify } from '../../src/validation/slug'
import { WATCH_MESSAGES } from '../../src/watch/watch-messages'
import { toDocumentId } from '../payload/document-id'
import { startingArticleContext } from './lead-context'

const slugFor = (text: string, prefix: string): string => `${slugify(text).slice(0, 60) || prefix}-${randomUUID().slice(0, 6)}`.replace(/^-+/, '')

/** The database refused a second article naming the lead (`articles.lead` is unique; the SQL adapters may name the column). */
const isLeadClash = (error: unknown): boolean =>
  error instanceof ValidationError && error.data.errors.some((entry) => entry.path === 'lead' || entry.path === 'lead_id')

/*
 * `POST /api/leads/:id/start-article`: a draft article under the lead's think tank, citing the source
 * that has the lead's URL (made from the lead when there is none), and the lead marked used with both
 * linked. All as the person asking.
 *
 * One start per lead, whatever runs at once (two requests, two app instances, SQLite without
 * transactions): the article is written first and names the lead in `lead`, unique in the database, so
 * the second insert fails on the constraint and is answered 409 before it has written anything. If a
 * later step fails, the article and any source made here are removed again (the lead stays as it was),
 * so a retry starts afresh.
 */
export async function startArticleFromLead(payload: Payload, leadId: Id, user: User, say: Say): Promise<{ article: Article; source: Source }> {
  if (!canEditContent(user)) throw new APIError(WATCH_MESSAGES.editorsOnly(say), 403)
  const as = { overrideAccess: false, user, depth: 0 } as const
  const lead: Lead | null = await payload.findByID({ collection: SLUGS.leads, id: leadId, disableErrors: true, ...as })
  if (!lead) throw new APIError(WATCH_MESSAGES.noSuchLead(say), 404)
  if (lead.status === 'used') throw new APIError(WATCH_MESSAGES.leadUsed(say), 409)
  const thinkTank = idOf(lead.thinkTank)
  if (thinkTank === undefined) throw new APIError(WATCH_MESSAGES.leadNeedsThinkTank(say), 400)
  const existing = await payload.find({ collection: SLUGS.sources, where: { url: { equals: lead.url } }, limit: 1, pagination: false, ...as })
  const reused: Source | undefined = existing.docs[0]

  let article: Article
  try {
    article = await payload.create({
      collection: SLUGS.articles,
      data: {
        headline: lead.title,
        thinkTank: toDocumentId(thinkTank),
        body: paragraphsToLexical(lead.summary ? lead.summary.split('\n') : [lead.title]),
        sources: reused ? [reused.id] : [],
        slug: slugFor(lead.title, 'article'),
        lead: lead.id,
        _status: 'draft',
      },
      draft: true,
      context: startingArticleContext(),
      ...as,
    })
  } catch (error) {
    if (!isLeadClash(error)) throw error
    const winner = await payload.find({ collection: SLUGS.articles, where: { lead: { equals: lead.id } }, limit: 1, pagination: false, select: { headline: true }, ...as })
    throw new APIError(WATCH_MESSAGES.leadAlreadyStarted(say, winner.docs[0]?.id), 409)
  }

  // Cleanup runs as the system: the person may not delete articles or sources.
  const undo: Array<() => Promise<unknown>> = [() => payload.delete({ collection: SLUGS.articles, id: article.id, overrideAccess: true })]
  try {
    let source = reused
    if (!source) {
      source = await payload.create({
        collection: SLUGS.sources,
        data: {
          title: lead.title,
          url: lead.url,
          thinkTank: toDocumentId(thinkTank),
          authors: (lead.authors ?? []).map((author) => author.name),
          publishedAt: lead.publishedAt ? lead.publishedAt.slice(0, 10) : undefined,
          kind: 'report',
          slug: slugFor(lead.title, 'source'),
        },
        ...as,
      })
      const made = source
      undo.push(() => payload.delete({ collection: SLUGS.sources, id: made.id, overrideAccess: true }))
      article = await payload.update({ collection: SLUGS.articles, id: article.id, data: { sources: [made.id] }, draft: true, ...as })
    }
    await payload.update({
      collection: SLUGS.leads,
      id: lead.id,
      data: { status: 'used', source: source.id, article: article.id, claimedBy: idOf(lead.claimedBy) === undefined ? user.id : undefined },
      context: startingArticleContext(),
      ...as,
    })
    return { article, source }
  } catch (error) {
    // The article first (it cites the source), then the source this start made.
    for (const step of undo) await step()
    throw error
  }
}
