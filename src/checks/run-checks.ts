import { keptPerObject } from '../content/kept-per-object'
import { statedMonth } from '../import/source-facts'
import { isHttpUrl, urlDomain } from '../validation/url'
import { sourcesCitedBefore } from './cited-before'
import { closestThinkTanks } from './closest-names'
import { reportPublishers } from './report-attribution'
import { sayIn, type Say } from './say'
import { findTermMisuses } from './style-terms'
import { domainBelongs, thinkTankForUrl, thinkTankNamed } from './think-tank-names'
import type { CheckedArticle, CheckedIssue, CheckedThinkTank, CheckFinding, CheckLanguage } from './types'

type Check = (issue: CheckedIssue, say: Say) => CheckFinding[]

/** A think tank by its name in the message's language. */
const tankLabel = (tank: { name: string; nameEn?: string | null }, say: Say) => say(tank.name, tank.nameEn || tank.name)

const label = (article: CheckedArticle) => `“${article.headline ?? article.id}”`
const uniqueSources = (issue: CheckedIssue) => {
  const seen = new Map<string, CheckedArticle['sources'][number]>()
  for (const source of issue.articles.flatMap((article) => article.sources)) seen.set(String(source.id), source)
  return [...seen.values()]
}

const hasArticles: Check = (issue, say) =>
  issue.articles.length > 0
    ? []
    : [{ code: 'issue-without-articles', severity: 'error', location: 'issue', message: say('本期没有文章。', 'The issue has no articles.') }]

const articlesCiteSources: Check = (issue, say) =>
  issue.articles
    .filter((article) => article.sources.length === 0)
    .map((article) => ({
      code: 'article-without-source',
      severity: 'error',
      location: `article:${article.id}`,
      message: say(`文章${label(article)}未引用任何文献。`, `Article ${label(article)} cites no source.`),
    }))

const sourceUrlsAreHttp: Check = (issue, say) =>
  uniqueSources(issue)
    .filter((source) => !isHttpUrl(source.url))
    .map((source) => ({
      code: 'source-url-invalid',
      severity: 'error',
      location: `source:${source.id}`,
      message: say(
        `文献“${source.title ?? source.id}”没有有效的 http(s) 链接（${source.url ?? '无'}）。`,
        `Source "${source.title ?? source.id}" has no valid http(s) URL (${source.url ?? 'none'}).`,
      ),
    }))

const ownerOf = (issue: CheckedIssue, host: string, except: number | string, say: Say) => {
  const owner = thinkTankForUrl(issue.thinkTanks ?? [], `https://${host}/`)
  return owner && String(owner.id) !== String(except) ? say(`，而是${tankLabel(owner, say)}的域名`, ` but of ${tankLabel(owner, say)}`) : ''
}

const sourceDomainsMatchThinkTanks: Check = (issue, say) =>
  uniqueSources(issue).flatMap((source) => {
    const host = source.url ? urlDomain(source.url) : undefined
    const domains = source.thinkTank?.domains ?? []
    if (!host || !source.thinkTank || domains.length === 0 || domainBelongs(host, domains)) return []
    return [
      {
        code: 'source-domain-mismatch',
        severity: 'error' as const,
        location: `source:${source.id}`,
        message: say(
          `文献“${source.title ?? source.id}”的链接在 ${host}，不是${tankLabel(source.thinkTank, say)}的域名（${domains.join('、')}）${ownerOf(issue, host, source.thinkTank.id, say)}。`,
          `Source "${source.title ?? source.id}" is on ${host}, which is not a domain of ${tankLabel(source.thinkTank, say)} (${domains.join(', ')})${ownerOf(issue, host, source.thinkTank.id, say)}.`,
        ),
      },
    ]
  })

const articlesMatchTheirSources: Check = (issue, say) =>
  issue.articles.flatMap((article) => {
    const own = article.thinkTank
    if (!own) return []
    const others = article.sources.filter((source) => source.thinkTank && String(source.thinkTank.id) !== String(own.id))
    return others.map((source) => ({
      code: 'article-think-tank-mismatch',
      severity: 'error' as const,
      location: `article:${article.id}`,
      message: say(
        `文章${label(article)}属于${tankLabel(own, say)}，却引用了${tankLabel(source.thinkTank!, say)}的文献“${source.title ?? source.id}”。`,
        `Article ${label(article)} is filed under ${tankLabel(own, say)} but cites "${source.title ?? source.id}" by ${tankLabel(source.thinkTank!, say)}.`,
      ),
    }))
  })


/** A cited URL on the web domain of another think tank than the section's own. */
const sourceDomainsBelongToTheSection: Check = (issue, say) =>
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
          message: say(
            `文章${label(article)}属于${tankLabel(own, say)}栏目，但其引用链接 ${source.url} 是${tankLabel(owner, say)}的域名。`,
            `Article ${label(article)} is a ${tankLabel(own, say)} section, but its source ${source.url} is on a domain of ${tankLabel(owner, say)}.`,
          ),
        },
      ]
    })
  })

/** The registry's think tanks of a list; the same list for the same list (closestThinkTanks keeps its answers by list). */
const registeredOf = keptPerObject((thinkTanks: readonly CheckedThinkTank[]) => thinkTanks.filter((tank) => tank.registered))

/** Think tanks the registry does not know: perhaps a misspelling of one it does. */
const thinkTanksAreKnown: Check = (issue, say) => {
  const registered = registeredOf(issue.thinkTanks ?? [])
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
        message: say(
          `智库名录中没有“${tankLabel(tank, say)}”${closest.length > 0 ? `；是否指${closest.map((near) => tankLabel(near, say)).join('、')}？` : '。'}`,
          `${tankLabel(tank, say)} is not in the think-tank registry${closest.length > 0 ? `; did you mean ${closest.map((near) => tankLabel(near, say)).join(', ')}?` : '.'}`,
        ),
      },
    ]
  })
}

const headingsNameOneThinkTank: Check = (issue, say) =>
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
          message: say(
            `文章${label(article)}的标题中英文智库名称不一致：“${heading.name}”是${tankLabel(byName, say)}，“${heading.nameEn}”是${tankLabel(byNameEn, say)}。`,
            `The heading of ${label(article)} names two think tanks: "${heading.name}" is ${tankLabel(byName, say)}, "${heading.nameEn}" is ${tankLabel(byNameEn, say)}.`,
          ),
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
          message: say(
            `文章${label(article)}的标题（“${written}”）是${tankLabel(named, say)}，但文章及其文献属于${tankLabel(article.thinkTank, say)}。`,
            `The heading of ${label(article)} ("${written}") names ${tankLabel(named, say)}, but the article and its sources are ${tankLabel(article.thinkTank, say)}.`,
          ),
        },
      ]
    }
    return []
  })

/** A section whose body says another think tank published its report than the one its heading names. */
const bodiesCreditTheHeadingThinkTank: Check = (issue, say) =>
  issue.articles.flatMap((article) => {
    const known = issue.thinkTanks ?? []
    const heading = article.thinkTank ?? thinkTankNamed(known, article.originalHeading?.name) ?? thinkTankNamed(known, article.originalHeading?.nameEn)
    if (!heading || known.length === 0) return []
    const publishers = reportPublishers(article.bodyText ?? '', known)
    const headingDomains = new Set((heading.domains ?? []).map((domain) => domain.toLowerCase()))
    // One organisation under two records (a registry entry and a hand-made twin) shares its web domain.
    const same = (tank: CheckedThinkTank) =>
      String(tank.id) === String(heading.id) || tank.name === heading.name || (tank.domains ?? []).some((domain) => headingDomains.has(domain.toLowerCase()))
    if (publishers.length === 0 || publishers.some(same)) return []
    const other = publishers[0]!
    return [
      {
        code: 'body-think-tank-mismatch',
        severity: 'error' as const,
        location: `article:${article.id}`,
        message: say(
          `文章${label(article)}的标题是${tankLabel(heading, say)}，正文却说报告由${tankLabel(other, say)}发布。`,
          `Article ${label(article)} is headed ${tankLabel(heading, say)}, but its text says ${tankLabel(other, say)} published the report.`,
        ),
      },
    ]
  })

const termsAreCased: Check = (issue, say) => {
  const terms = issue.styleTerms ?? []
  if (terms.length === 0) return []
  const places: [string, string, string][] = [
    ['issue', say('标题', 'the title'), issue.title ?? ''],
    ['intro', say('导语', 'the introduction'), issue.introText ?? ''],
    ...issue.articles.map((article): [string, string, string] => [
      `article:${article.id}`,
      say(`文章${label(article)}`, `article ${label(article)}`),
      [article.originalHeading?.name, article.originalHeading?.nameEn, article.headline, article.bodyText].filter(Boolean).join('\n'),
    ]),
  ]
  return places.flatMap(([location, where, text]) =>
    findTermMisuses(text, terms).map((misuse) => ({
      code: 'style-term-case',
      severity: 'warning' as const,
      location,
      message: say(
        `${where}中的“${misuse.written}”应写作“${misuse.term}”（${misuse.count} 处）。`,
        `"${misuse.written}" should be written "${misuse.term}" in ${where} (${misuse.count}×).`,
      ),
      fix: { written: misuse.written, term: misuse.term },
    })),
  )
}

const statedDatesMatchSources: Check = (issue, say) =>
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
        message: say(
          `文章${label(article)}所述报告日期为 ${stated}，但文献日期为 ${month}。`,
          `Article ${label(article)} dates the report ${stated}, but its source says ${month}.`,
        ),
      },
    ]
  })

const referenceMarkersExist: Check = (issue, say) => {
  const total = uniqueSources(issue).length
  return issue.articles.flatMap((article) => {
    const markers = [...(article.bodyText ?? '').matchAll(/[[［](\d{1,3})[\]］]/g)].map((match) => Number(match[1]))
    return markers
      .filter((number) => number < 1 || number > total)
      .map((number) => ({
        code: 'reference-number-out-of-range',
        severity: 'error' as const,
        location: `article:${article.id}`,
        message: say(
          `文章${label(article)}引用了 [${number}]，但本期只有 ${total} 条参考文献。`,
          `Article ${label(article)} cites [${number}], but the issue has ${total} reference(s).`,
        ),
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
  bodiesCreditTheHeadingThinkTank,
  termsAreCased,
  statedDatesMatchSources,
  referenceMarkersExist,
  sourcesCitedBefore,
]

/**
 * Every editorial check over an issue's content, its messages in one language (Chinese unless asked
 * for English; codes and locations are the same in both). Pure and offline: no link is fetched.
 */
export function runEditorialChecks(issue: CheckedIssue, language: CheckLanguage = 'zh'): CheckFinding[] {
  const say = sayIn(language)
  return CHECKS.flatMap((check) => check(issue, say))
}
