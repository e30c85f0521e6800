import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'

import type { Article, Issue, Newsletter, Source, ThinkTank, User } from '../../payload-types'
import type { Role } from '../../src/access/roles'
import { SLUGS } from '../../src/collection-slugs'
import { paragraphsToLexical } from '../../src/richtext/lexical-json'

/** A short unique suffix, so every test writes its own records and never meets another's. */
export const unique = (): string => randomUUID().slice(0, 8)

export const TEST_PASSWORD = 'test-password-123'

export async function createUser(payload: Payload, roles: Role[], name = `Tester ${unique()}`): Promise<User> {
  return payload.create({
    collection: SLUGS.users,
    data: { email: `t-${unique()}@example.test`, password: TEST_PASSWORD, name, roles },
  })
}

export async function createThinkTank(payload: Payload, overrides: Partial<ThinkTank> = {}): Promise<ThinkTank> {
  const id = unique()
  return payload.create({
    collection: SLUGS.thinkTanks,
    data: { name: `测试智库${id}`, nameEn: `Test Institute ${id}`, domains: [`t${id}.org`], slug: `tt-${id}`, ...overrides },
  })
}

export async function createSource(payload: Payload, thinkTank: ThinkTank, overrides: Partial<Source> = {}): Promise<Source> {
  const id = unique()
  return payload.create({
    collection: SLUGS.sources,
    data: {
      title: `Report ${id}`,
      url: `https://${thinkTank.domains?.[0] ?? 'example.org'}/report-${id}`,
      thinkTank: thinkTank.id,
      slug: `src-${id}`,
      ...overrides,
    },
  })
}

export async function createArticle(
  payload: Payload,
  thinkTank: ThinkTank,
  sources: Source[],
  overrides: Partial<Article> = {},
): Promise<Article> {
  const id = unique()
  return payload.create({
    collection: SLUGS.articles,
    data: {
      headline: `测试文章 ${id}`,
      thinkTank: thinkTank.id,
      body: paragraphsToLexical([`正文 ${id}`]),
      sources: sources.map((source) => source.id),
      slug: `art-${id}`,
      _status: 'published',
      ...overrides,
    },
  })
}

export async function createNewsletter(payload: Payload): Promise<Newsletter> {
  const id = unique()
  return payload.create({ collection: SLUGS.newsletters, data: { title: `测试专栏 ${id}`, slug: `nl-${id}` } })
}

let issueNumber = Math.floor(Math.random() * 1_000_000)

/** A complete issue (one article, one source); published or draft as asked. Written by the system. */
export async function createIssueWithContent(
  payload: Payload,
  { published }: { published: boolean },
): Promise<{ issue: Issue; article: Article; source: Source; thinkTank: ThinkTank; newsletter: Newsletter }> {
  const thinkTank = await createThinkTank(payload)
  const source = await createSource(payload, thinkTank)
  const article = await createArticle(payload, thinkTank, [source], { _status: published ? 'published' : 'draft' })
  const newsletter = await createNewsletter(payload)
  const id = unique()
  const issue = await payload.create({
    collection: SLUGS.issues,
    data: {
      title: `测试期刊 ${id}`,
      slug: `issue-${id}`,
      number: ++issueNumber,
      newsletter: newsletter.id,
      articles: [article.id],
      stage: published ? 'published' : 'draft',
      _status: published ? 'published' : 'draft',
    },
  })
  return { issue, article, source, thinkTank, newsletter }
}
