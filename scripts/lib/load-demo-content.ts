import type { Payload, Where } from 'payload'

import type { Config } from '../../payload-types'
import { toDocumentId, toDocumentIds } from '../../services/payload/document-id'
import { releasePublishedIssue } from '../../services/workflow/release-published-issue'
import { SLUGS } from '../../src/collection-slugs'
import type { Id } from '../../src/content/ids'
import {
  DEMO_ACCOUNTS,
  DEMO_ARTICLES,
  DEMO_ISSUE,
  DEMO_NEWSLETTER,
  DEMO_PASSWORD,
  DEMO_SOURCES,
  DEMO_THINK_TANKS,
} from '../../src/demo/demo-content'
import { paragraphsToLexical } from '../../src/richtext/lexical-json'

type Slug = keyof Config['collections']
export type DemoLoadReport = { created: Partial<Record<Slug, number>>; existing: Partial<Record<Slug, number>> }

/**
 * Loads the demo issue and its accounts. Idempotent: each record is looked up by its natural key
 * (email, slug) and created only when missing, so a second run adds nothing and changes nothing.
 */
export async function loadDemoContent(payload: Payload): Promise<DemoLoadReport> {
  const report: DemoLoadReport = { created: {}, existing: {} }
  const count = (bucket: 'created' | 'existing', slug: Slug) => {
    report[bucket][slug] = (report[bucket][slug] ?? 0) + 1
  }

  async function ensure<S extends Slug>(
    collection: S,
    where: Where,
    create: () => Promise<{ id: Id }>,
  ): Promise<Id> {
    const find = async () =>
      (await payload.find({ collection, where, limit: 1, depth: 0, draft: true, pagination: false })).docs[0] as { id: Id } | undefined
    const existing = await find()
    if (existing) {
      count('existing', collection)
      return existing.id
    }
    try {
      const doc = await create()
      count('created', collection)
      return doc.id
    } catch (error) {
      // Another loader on the same database (a second instance starting with the demo) created it since the
      // find, and its unique key refused this copy: the record is there, as it should be.
      const created = await find()
      if (!created) throw error
      count('existing', collection)
      return created.id
    }
  }

  const userIds = new Map<string, Id>()
  for (const account of DEMO_ACCOUNTS) {
    const id = await ensure(SLUGS.users, { email: { equals: account.email } }, () =>
      payload.create({ collection: SLUGS.users, data: { ...account, password: DEMO_PASSWORD } }),
    )
    userIds.set(account.email, id)
  }
  const idOf = (ids: Map<string, Id>, key: string): Id => {
    const id = ids.get(key)
    if (id === undefined) throw new Error(`Demo content refers to unknown record "${key}"`)
    return id
  }

  const newsletterId = await ensure(SLUGS.newsletters, { slug: { equals: DEMO_NEWSLETTER.slug } }, () =>
    payload.create({
      collection: SLUGS.newsletters,
      data: {
        title: DEMO_NEWSLETTER.title,
        slug: DEMO_NEWSLETTER.slug,
        description: DEMO_NEWSLETTER.description,
        defaultFinalApprovers: toDocumentIds(DEMO_NEWSLETTER.defaultFinalApproverEmails.map((email) => idOf(userIds, email))),
      },
    }),
  )

  const thinkTankIds = new Map<string, Id>()
  for (const thinkTank of DEMO_THINK_TANKS) {
    const id = await ensure(SLUGS.thinkTanks, { slug: { equals: thinkTank.slug } }, () =>
      payload.create({ collection: SLUGS.thinkTanks, data: { ...thinkTank } }),
    )
    thinkTankIds.set(thinkTank.slug, id)
  }

  const sourceIds = new Map<string, Id>()
  for (const { thinkTankSlug, ...source } of DEMO_SOURCES) {
    const id = await ensure(SLUGS.sources, { slug: { equals: source.slug } }, () =>
      payload.create({
        collection: SLUGS.sources,
        data: { ...source, thinkTank: toDocumentId(idOf(thinkTankIds, thinkTankSlug)) },
      }),
    )
    sourceIds.set(source.slug, id)
  }

  const articleIds = new Map<string, Id>()
  for (const article of DEMO_ARTICLES) {
    const id = await ensure(SLUGS.articles, { slug: { equals: article.slug } }, () =>
      payload.create({
        collection: SLUGS.articles,
        data: {
          slug: article.slug,
          headline: article.headline,
          thinkTank: toDocumentId(idOf(thinkTankIds, article.thinkTankSlug)),
          body: paragraphsToLexical(article.body),
          sources: toDocumentIds(article.sourceSlugs.map((slug) => idOf(sourceIds, slug))),
          topics: article.topics,
          _status: 'published',
        },
      }),
    )
    articleIds.set(article.slug, id)
  }

  // Its own number on a new database; the next free one where issues imported first already took it.
  const demoNumber = async (): Promise<number> => {
    const inNewsletter = { newsletter: { equals: newsletterId } }
    const taken = await payload.find({ collection: SLUGS.issues, where: { and: [inNewsletter, { number: { equals: DEMO_ISSUE.number } }] }, limit: 1, depth: 0, draft: true, pagination: false })
    if (taken.docs.length === 0) return DEMO_ISSUE.number
    const last = await payload.find({ collection: SLUGS.issues, where: inNewsletter, sort: '-number', limit: 1, depth: 0, draft: true, pagination: false })
    return (last.docs[0]?.number ?? 0) + 1
  }

  const issueId = await ensure(SLUGS.issues, { slug: { equals: DEMO_ISSUE.slug } }, async () =>
    payload.create({
      collection: SLUGS.issues,
      data: {
        slug: DEMO_ISSUE.slug,
        number: await demoNumber(),
        title: DEMO_ISSUE.title,
        newsletter: toDocumentId(newsletterId),
        intro: paragraphsToLexical(DEMO_ISSUE.intro),
        articles: toDocumentIds(DEMO_ISSUE.articleSlugs.map((slug) => idOf(articleIds, slug))),
        stage: 'published',
        signoffs: DEMO_ISSUE.credits.map((credit) => ({
          ...credit,
          signedAt: DEMO_ISSUE.publishedAt,
          imported: true,
        })),
        _status: 'published',
      },
    }),
  )
  // Readers get releases: the demo issue's, signed as an imported archive issue's would be.
  await releasePublishedIssue(payload, issueId, 'demo', 'Demo issue, published from the archive. 演示期刊（往期导入）。')

  return report
}
