import type { Article, Issue, Newsletter, Source, ThinkTank } from '../../../payload-types'
import { buildCredits, type CreditLine } from '../../../src/content/credits'
import { deriveReferences, referenceNumbersFor, type Reference } from '../../../src/content/references'
import { SLUGS } from '../../../src/collection-slugs'
import { getPayloadClient } from './payload'

/*
 * Every read here goes through reader access (overrideAccess: false, no user): the public site can
 * only ever see what an anonymous reader of the API could see.
 */
const asReader = { overrideAccess: false, user: null } as const

export type IssueSummary = Pick<Issue, 'id' | 'title' | 'slug' | 'number' | 'updatedAt'> & {
  newsletterTitle: string | null
}

const isObject = <T extends object>(value: unknown): value is T => typeof value === 'object' && value !== null

export async function listPublishedIssues(limit = 20): Promise<IssueSummary[]> {
  const payload = await getPayloadClient()
  const result = await payload.find({
    collection: SLUGS.issues,
    ...asReader,
    depth: 1,
    limit,
    sort: ['-number', '-createdAt'],
    select: { title: true, slug: true, number: true, newsletter: true, updatedAt: true },
  })
  return result.docs.map((issue) => ({
    id: issue.id,
    title: issue.title,
    slug: issue.slug,
    number: issue.number,
    updatedAt: issue.updatedAt,
    newsletterTitle: isObject<Newsletter>(issue.newsletter) ? issue.newsletter.title : null,
  }))
}

export type IssueSection = {
  article: Article
  thinkTank: ThinkTank | null
  sources: Source[]
  referenceNumbers: number[]
}

export type PublishedIssue = {
  issue: Issue
  newsletter: Newsletter | null
  sections: IssueSection[]
  references: (Reference & Source)[]
  credits: CreditLine[]
}

export async function getPublishedIssue(slug: string): Promise<PublishedIssue | null> {
  const payload = await getPayloadClient()
  const result = await payload.find({
    collection: SLUGS.issues,
    ...asReader,
    where: { slug: { equals: slug } },
    depth: 2,
    limit: 1,
  })
  const issue = result.docs[0]
  if (!issue) return null
  const articles = (issue.articles ?? []).filter(isObject<Article>)
  const withSources = articles.map((article) => ({
    article,
    sources: (article.sources ?? []).filter(isObject<Source>),
  }))
  const references = deriveReferences(withSources.map(({ sources }) => ({ sources }))) as (Reference & Source)[]
  return {
    issue,
    newsletter: isObject<Newsletter>(issue.newsletter) ? issue.newsletter : null,
    sections: withSources.map(({ article, sources }) => ({
      article,
      thinkTank: isObject<ThinkTank>(article.thinkTank) ? article.thinkTank : null,
      sources,
      referenceNumbers: referenceNumbersFor({ sources }, references),
    })),
    references,
    credits: buildCredits(issue.signoffs ?? []),
  }
}
