import { randomUUID } from 'node:crypto'

import { APIError, type Payload } from 'payload'

import type { Article, Lead, Source, User } from '../../payload-types'
import { canEditContent } from '../../src/access/predicates'
import { SLUGS } from '../../src/collection-slugs'
import { idOf, type Id } from '../../src/content/ids'
import type { AdminLanguage } from '../../src/i18n/admin-language'
import { sayIn } from '../../src/i18n/say'
import { paragraphsToLexical } from '../../src/richtext/lexical-json'
import { slugify } from '../../src/validation/slug'
import { toDocumentId } from '../payload/document-id'
import { startingArticleContext } from './lead-context'

const slugFor = (text: string, prefix: string): string => `${slugify(text).slice(0, 60) || prefix}-${randomUUID().slice(0, 6)}`.replace(/^-+/, '')

// One start per lead at a time in this process: the second waits and then finds the lead used (409).
const LOCKS_KEY = Symbol.for('zhiku.watch.leadLocks')
const locks = ((globalThis as Record<symbol, unknown>)[LOCKS_KEY] ??= new Map<string, Promise<unknown>>()) as Map<string, Promise<unknown>>

async function withLeadLock<T>(leadId: Id, work: () => Promise<T>): Promise<T> {
  const key = String(leadId)
  const before = locks.get(key) ?? Promise.resolve()
  const mine = before.then(work, work)
  const settled = mine.catch(() => undefined)
  locks.set(key, settled)
  try {
    return await mine
  } finally {
    if (locks.get(key) === settled) locks.delete(key)
  }
}

/**
 * `POST /api/leads/:id/start-article`: the source from the lead (or the source that already has its
 * URL), a draft article under its think tank citing it, and the lead marked used with both linked.
 * All as the person asking; if a step fails, what was made is removed again and the lead stays as it was.
 */
export async function startArticleFromLead(
  payload: Payload,
  leadId: Id,
  user: User,
  language: AdminLanguage = 'zh',
): Promise<{ article: Article; source: Source }> {
  const say = sayIn(language)
  if (!canEditContent(user)) throw new APIError(say('只有编辑或管理员可以从线索开始写文章。', 'Only an editor or an administrator can start an article from a lead.'), 403)
  return withLeadLock(leadId, async () => {
    const as = { overrideAccess: false, user, depth: 0 } as const
    const lead: Lead | null = await payload.findByID({ collection: SLUGS.leads, id: leadId, disableErrors: true, ...as })
    if (!lead) throw new APIError(say('找不到该线索。', 'No such lead.'), 404)
    if (lead.status === 'used') throw new APIError(say('该线索已用于文章。', 'This lead was already used for an article.'), 409)
    const thinkTank = idOf(lead.thinkTank)
    if (thinkTank === undefined) throw new APIError(say('请先为线索选择智库：文献和文章都属于一个智库。', "Set the lead's think tank first: the source and the article belong to one."), 400)
    const existing = await payload.find({ collection: SLUGS.sources, where: { url: { equals: lead.url } }, limit: 1, pagination: false, ...as })
    let source = existing.docs[0]
    const made: Array<() => Promise<unknown>> = []
    try {
      if (!source) {
        const created = await payload.create({
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
        made.push(() => payload.delete({ collection: SLUGS.sources, id: created.id, overrideAccess: true }))
        source = created
      }
      const article = await payload.create({
        collection: SLUGS.articles,
        data: {
          headline: lead.title,
          thinkTank: toDocumentId(thinkTank),
          body: paragraphsToLexical(lead.summary ? lead.summary.split('\n') : [lead.title]),
          sources: [source.id],
          slug: slugFor(lead.title, 'article'),
          _status: 'draft',
        },
        draft: true,
        ...as,
      })
      made.push(() => payload.delete({ collection: SLUGS.articles, id: article.id, overrideAccess: true }))
      await payload.update({
        collection: SLUGS.leads,
        id: lead.id,
        data: { status: 'used', source: source.id, article: article.id, claimedBy: idOf(lead.claimedBy) === undefined ? user.id : undefined },
        context: startingArticleContext(),
        ...as,
      })
      return { article, source }
    } catch (error) {
      // Undo what this start made (cleanup as the system: the person may not delete), newest first.
      for (const undo of made.reverse()) await undo()
      throw error
    }
  })
}
