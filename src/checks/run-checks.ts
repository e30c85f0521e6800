import { statedMonth } from '../import/source-facts'
import { isHttpUrl, urlDomain } from '../validation/url'
import { closestThinkTanks } from './closest-names'
import { findTermMisuses } from './style-terms'
import { domainBelongs, thinkTankForUrl, thinkTankNamed } from './think-tank-names'
import type { CheckedArticle, CheckedIssue, CheckFinding } from './types'

type Check = (issue: CheckedIssue) => CheckFinding[]

const label = (article: CheckedArticle) => `"${article.headline ?? article.id}"`
const uniqueSources = (issue: CheckedIssue) => {
  const seen = new Map<string, CheckedArticle['sources'][number]>()
  for (const source of issue.articles.flatMap((article) => article.sources)) seen.set(String(source.id), source)
  return [...seen.values()]
}

const hasArticles: Check = (issue) =>
  issue.articles.length > 0
    ? []
    : [{ code: 'issue-without-articles', severity: 'error', location: 'issue', message: 'The issue has no articles. 本期没有文章。' }]

const articlesCiteSources: Check = (issue) =>
  issue.articles
    .filter((article) => article.sources.length === 0)
    .map((article) => ({
      code: 'article-without-source',
      severity: 'error',
      location: `article:${article.id}`,
      message: `Article ${label(article)} cites no source. 文章未引用任何文献。`,
    }))

const sourceUrlsAreHttp: Check = (issue) =>
  uniqueSources(issue)
    .filter((source) => !isHttpUrl(source.url))
    .map((source) => ({
      code: 'source-url-invalid',
      severity: 'error',
      location: `source:${source.id}`,
      message: `Source "${source.title ?? source.id}" has no valid http(s) URL (${source.url ?? 'none'}). 文献链接无效。`,
    }))

const ownerOf = (issue: CheckedIssue, host: string, except: number | string) => {
  const owner = thinkTankForUrl(issue.thinkTanks ?? [], `https://${host}/`)
  return owner && String(owner.id) !== String(except) ? ` but of ${owner.name}${owner.nameEn && owner.nameEn !== owner.name ? ` (${owner.nameEn})` : ''}` : ''
}

const sourceDomainsMatchThinkTanks: Check = (issue) =>
  uniqueSources(issue).flatMap((source) => {
    const host = source.url ? urlDomain(source.url) : undefined
    const domains = source.thinkTank?.domains ?? []
    if (!host || !source.thinkTank || domains.length === 0 || domainBelongs(host, domains)) return []
    return [
      {
        code: 'source-domain-mismatch',
        severity: 'error' as const,
        location: `source:${source.id}`,
        message: `Source "${source.title ?? source.id}" is on ${host}, which is not a domain of ${source.thinkTank.name} (${domains.join(', ')})${ownerOf(issue, host, source.thinkTank.id)}. 文献链接与所属智库不符。`,
      },
    ]
  })

const articlesMatchTheirSources: Check = (issue) =>
  issue.articles.flatMap((article) => {
    const own = article.thinkTank
    if (!own) return []
    const others = article.sources.filter((source) => source.thinkTank && String(source.thinkTank.id) !== String(own.id))
    return others.map((source) => ({
      code: 'article-think-tank-mismatch',
      severity: 'error' as const,
      location: `article:${article.id}`,
      message: `Article ${label(article)} is filed under ${own.name} but cites "${source.title ?? source.id}" by ${source.thinkTank!.name}. 文章所属智库与引用文献不符。`,
    }))
  })

const tankLabel = (tank: { name: string; nameEn?: string | null }) => (tank.nameEn && tank.nameEn !== tank.name ? `${tank.name} (${tank.nameEn})` : tank.name)

/** A cited URL on the web domain of another think tank than the section's own. */
const sourceDomainsBelongToTheSection: Check = (issue) =>
  issue.articles.flatMap((article) => {
    const own = article.thinkTank
    if (!own) return []
    return article.sources.flatMap((source) => {
      // A source filed under another think tank (article-think-tank-mismatch) or off its own think
      // tank's domains (source-domain-mismatch) is reported already.
      if (!source.url || (source.thinkTank && (String(source.thinkTank.id) !== String(own.id) || (own.domains ?? []).length > 0))) return []
      const owner = thinkTankForUrl(issue.thinkTanks ?? [], source.url)
      if (!owner || String(owner.id) === String(own.id) || domainBelongs(urlDomain(source.url) ?? '', own.domains ?? [])) return []
      return [
        {
          code: 'source-domain-other-think-tank',
          severity: 'error' as const,
          location: `article:${article.id}`,
          message: `Article ${label(article)} is a ${tankLabel(own)} section, but its source ${source.url} is on a domain of ${tankLabel(owner)}. 引用链接属于另一家智库。`,
        },
      ]
    })
  })

/** Think tanks the registry does not know: perhaps a misspelling of one it does. */
const thinkTanksAreKnown: Check = (issue) => {
  const registered = (issue.thinkTanks ?? []).filter((tank) => tank.registered)
  if (registered.length === 0) return []
  const warned = new Set<string>()
  return issue.articles.flatMap((article) => {
    const tank = article.thinkTank
    if (!tank || tank.registered || warned.has(String(tank.id))) return []
    warned.add(String(tank.id))
    const written = [article.originalHeading?.name, article.originalHeading?.nameEn, tank.name, tank.nameEn].filter((name): name is string => !!name)
    const closest = closestThinkTanks(registered, written)
    return [
      {
        code: 'unknown-think-tank',
        severity: 'warning' as const,
        location: `article:${article.id}`,
        message: `${tankLabel(tank)} is not in the think-tank registry${closest.length > 0 ? `; did you mean ${closest.map(tankLabel).join(', ')}?` : '.'} 智库名录中没有该智库。`,
      },
    ]
  })
}

const headingsNameOneThinkTank: Check = (issue) =>
  issue.articles.flatMap((article) => {
    const heading = article.originalHeading
    if (!heading) return []
    const known = issue.thinkTanks ?? []
    const byName = thinkTankNamed(known, heading.name)
    const byNameEn = thinkTankNamed(known, heading.nameEn)
    const written = [heading.name, heading.nameEn].filter(Boolean).join(' / ')
    if (byName && byNameEn && String(byName.id) !== String(byNameEn.id)) {
      return [
        {
          code: 'heading-think-tank-mismatch',
          severity: 'error' as const,
          location: `article:${article.id}`,
          message: `The heading of ${label(article)} names two think tanks: "${heading.name}" is ${byName.nameEn ?? byName.name}, "${heading.nameEn}" is ${byNameEn.nameEn ?? byNameEn.name}. 标题中的中英文智库名称不一致。`,
        },
      ]
    }
    const named = byName ?? byNameEn
    if (named && article.thinkTank && String(named.id) !== String(article.thinkTank.id)) {
      return [
        {
          code: 'heading-think-tank-mismatch',
          severity: 'error' as const,
          location: `article:${article.id}`,
          message: `The heading of ${label(article)} ("${written}") names ${named.name}, but the article and its sources are ${article.thinkTank.name}. 标题智库与文章不符。`,
        },
      ]
    }
    return []
  })

const termsAreCased: Check = (issue) => {
  const terms = issue.styleTerms ?? []
  if (terms.length === 0) return []
  const places: [string, string, string][] = [
    ['issue', 'the title', issue.title ?? ''],
    ['intro', 'the introduction', issue.introText ?? ''],
    ...issue.articles.map((article): [string, string, string] => [
      `article:${article.id}`,
      `article ${label(article)}`,
      [article.originalHeading?.name, article.originalHeading?.nameEn, article.headline, article.bodyText].filter(Boolean).join('\n'),
    ]),
  ]
  return places.flatMap(([location, where, text]) =>
    findTermMisuses(text, terms).map((misuse) => ({
      code: 'style-term-case',
      severity: 'warning' as const,
      location,
      message: `"${misuse.written}" should be written "${misuse.term}" in ${where} (${misuse.count}×). 应写作 ${misuse.term}。`,
    })),
  )
}

const statedDatesMatchSources: Check = (issue) =>
  issue.articles.flatMap((article) => {
    const stated = statedMonth((article.bodyText ?? '').split('\n')[0] ?? '')
    const published = article.sources[0]?.publishedAt
    if (!stated || !published || published.length < 7) return []
    const month = published.slice(0, 7)
    if (month === stated) return []
    return [
      {
        code: 'stated-date-mismatch',
        severity: 'warning' as const,
        location: `article:${article.id}`,
        message: `Article ${label(article)} dates the report ${stated}, but its source says ${month}. 正文所述日期与文献不符。`,
      },
    ]
  })

const referenceMarkersExist: Check = (issue) => {
  const total = uniqueSources(issue).length
  return issue.articles.flatMap((article) => {
    const markers = [...(article.bodyText ?? '').matchAll(/[[［](\d{1,3})[\]］]/g)].map((match) => Number(match[1]))
    return markers
      .filter((number) => number < 1 || number > total)
      .map((number) => ({
        code: 'reference-number-out-of-range',
        severity: 'error' as const,
        location: `article:${article.id}`,
        message: `Article ${label(article)} cites [${number}], but the issue has ${total} reference(s). 引用编号超出参考文献范围。`,
      }))
  })
}

const CHECKS: readonly Check[] = [
  hasArticles,
  articlesCiteSources,
  sourceUrlsAreHttp,
  sourceDomainsMatchThinkTanks,
  articlesMatchTheirSources,
  sourceDomainsBelongToTheSection,
  headingsNameOneThinkTank,
  thinkTanksAreKnown,
  termsAreCased,
  statedDatesMatchSources,
  referenceMarkersExist,
]

/** Every editorial check over an issue's content. Pure and offline: no link is fetched. */
export function runEditorialChecks(issue: CheckedIssue): CheckFinding[] {
  return CHECKS.flatMap((check) => check(issue))
}
