import type { PayloadRequest } from 'payload'

import type { Article, Issue, Source } from '../../../payload-types'
import { runEditorialChecks } from '../../../src/checks/run-checks'
import type { CheckFinding } from '../../../src/checks/types'
import { SLUGS } from '../../../src/collection-slugs'
import { idOf, idsOf } from '../../../src/content/ids'
import { contentFingerprint, type ContentFingerprint } from '../../../src/workflow/content-fingerprint'
import { readAs } from './read-as'

export type IssueContent = { articles: Article[]; sources: Source[]; fingerprint: ContentFingerprint; findings: CheckFinding[] }

/** The latest revision of an issue's articles and their sources: what a sign-off now would cover. */
export async function loadIssueContent(req: PayloadRequest, issue: Issue): Promise<IssueContent> {
  const articleIds = idsOf(issue.articles)
  const articles =
    articleIds.length === 0
      ? []
      : (
          await req.payload.find({
            collection: SLUGS.articles,
            where: { id: { in: articleIds } },
            draft: true,
            depth: 0,
            pagination: false,
            req,
            ...readAs(req),
          })
        ).docs
  const sourceIds = [...new Set(articles.flatMap((article) => idsOf(article.sources)).map(String))]
  const sources =
    sourceIds.length === 0
      ? []
      : (
          await req.payload.find({
            collection: SLUGS.sources,
            where: { id: { in: sourceIds } },
            depth: 0,
            pagination: false,
            req,
            ...readAs(req),
          })
        ).docs
  const sourceById = new Map(sources.map((source) => [String(source.id), source]))
  const articleById = new Map(articles.map((article) => [String(article.id), article]))
  const ordered = articleIds.map((id) => articleById.get(String(id))).filter((article): article is Article => !!article)

  const fingerprint = contentFingerprint({
    issue: {
      title: issue.title,
      number: issue.number,
      slug: issue.slug,
      newsletter: idOf(issue.newsletter),
      intro: issue.intro,
      articleIds,
      cover: idOf(issue.cover) ?? null,
      publishAt: issue.publishAt ?? null,
      displayOptions: { showReferenceTitles: !!issue.displayOptions?.showReferenceTitles, featured: !!issue.displayOptions?.featured },
    },
    articles: ordered.map((article) => ({
      id: article.id,
      headline: article.headline,
      body: article.body,
      thinkTank: idOf(article.thinkTank),
      sourceIds: idsOf(article.sources),
      topics: article.topics ?? [],
    })),
    sources: sources.map((source) => ({
      id: source.id,
      title: source.title,
      titleZh: source.titleZh,
      url: source.url,
      authors: source.authors ?? [],
      publishedAt: source.publishedAt,
      thinkTank: idOf(source.thinkTank),
    })),
  })
  const findings = runEditorialChecks({
    title: issue.title,
    slug: issue.slug,
    number: issue.number,
    newsletter: idOf(issue.newsletter),
    articles: ordered.map((article) => ({
      id: article.id,
      headline: article.headline,
      sources: idsOf(article.sources)
        .map((id) => sourceById.get(String(id)))
        .filter((source): source is Source => !!source),
    })),
  })
  return { articles: ordered, sources, fingerprint, findings }
}
