import type { PayloadRequest } from 'payload'

import type { Article, Issue, Media, Newsletter, Source, ThinkTank } from '../../payload-types'
import { SLUGS } from '../../src/collection-slugs'
import { idOf, idsOf } from '../../src/content/ids'
import type { ReleaseInput } from '../../src/release/build-release'
import type { ReleaseImage, ReleaseThinkTank } from '../../src/release/release-content'
import { readAs } from './read-as'

/** A release's input but for what only publishing decides: sign-offs, revision, time, correction. */
export type ReleaseFrame = Omit<ReleaseInput, 'signoffs' | 'revision' | 'publishedAt' | 'correction'>

export const releaseThinkTank = (tank: ThinkTank): ReleaseThinkTank => ({
  slug: tank.slug,
  name: tank.name,
  nameEn: tank.nameEn,
  acronym: tank.acronym || null,
  country: tank.country || null,
  website: tank.domains?.[0] ? `https://${tank.domains[0]}` : null,
})

export async function loadCover(req: PayloadRequest, issue: Issue): Promise<ReleaseImage | null> {
  const id = idOf(issue.cover)
  if (id === undefined) return null
  const media: Media | null = await req.payload.findByID({ collection: SLUGS.media, id, depth: 0, disableErrors: true, req, ...readAs(req) })
  if (!media?.url) return null
  return { url: media.url, alt: media.alt, width: media.width ?? null, height: media.height ?? null }
}

/** Reads the records around an issue revision (newsletter, cover, think tanks) as a release shows them. */
export async function loadReleaseFrame(
  req: PayloadRequest,
  issue: Issue,
  articles: readonly Article[],
  sources: readonly Source[],
  thinkTanks: readonly ThinkTank[],
): Promise<ReleaseFrame> {
  const newsletterId = idOf(issue.newsletter)
  // One after the other: inside a transaction they share one connection (PostgreSQL's client queues
  // concurrent queries on it with a deprecation warning; pg 9 will refuse them).
  const newsletter =
    newsletterId === undefined
      ? null
      : await req.payload.findByID({ collection: SLUGS.newsletters, id: newsletterId, depth: 0, disableErrors: true, req, ...readAs(req) })
  const cover = await loadCover(req, issue)
  return releaseFrameOf({ issue, newsletter, cover, articles, sources, thinkTanks })
}

/** The same from records in hand (an import has just written them all). */
export function releaseFrameOf({
  issue,
  newsletter,
  cover,
  articles,
  sources,
  thinkTanks,
}: {
  issue: Issue
  newsletter: Pick<Newsletter, 'slug' | 'title' | 'titleEn'> | null
  cover: ReleaseImage | null
  articles: readonly Article[]
  sources: readonly Source[]
  thinkTanks: readonly ThinkTank[]
}): ReleaseFrame {
  const tankById = new Map(thinkTanks.map((tank) => [String(tank.id), tank]))
  const tankOf = (value: unknown) => {
    const tank = tankById.get(String(idOf(value)))
    return tank ? releaseThinkTank(tank) : null
  }
  return {
    issue: {
      id: issue.id,
      slug: issue.slug,
      title: issue.title,
      number: issue.number,
      intro: issue.intro ?? null,
      showReferenceTitles: !!issue.displayOptions?.showReferenceTitles,
    },
    newsletter: newsletter
      ? { slug: newsletter.slug, title: newsletter.title, titleEn: newsletter.titleEn || null }
      : { slug: '', title: '', titleEn: null },
    cover,
    articles: articles.map((article) => ({
      id: article.id,
      slug: article.slug,
      headline: article.headline,
      body: article.body,
      topics: article.topics ?? [],
      thinkTank: tankOf(article.thinkTank),
      sourceIds: idsOf(article.sources),
    })),
    sources: sources.map((source) => ({
      id: source.id,
      title: source.title,
      titleZh: source.titleZh || null,
      url: source.url,
      authors: source.authors ?? [],
      publishedAt: source.publishedAt || null,
      thinkTank: tankOf(source.thinkTank)?.slug ?? null,
    })),
  }
}
