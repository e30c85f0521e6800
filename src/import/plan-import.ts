import { thinkTankForUrl, thinkTankNamed } from '../checks/think-tank-names'
import type { CheckedIssue, CheckedThinkTank } from '../checks/types'
import type { Id } from '../content/ids'
import { bilingual, type Bilingual } from '../i18n/bilingual'
import { slugify } from '../validation/slug'
import { isHttpUrl, urlDomain } from '../validation/url'
import type { ParsedCredit, ParsedIssue, ParsedReference, ParsedSection } from './parse-issue'
import { extractSourceFacts } from './source-facts'

export type KnownThinkTank = CheckedThinkTank & { slug?: string | null }
export type KnownSource = { id: Id; url: string }

export type PlannedThinkTank =
  | { key: string; existing: KnownThinkTank }
  | { key: string; create: { name: string; nameEn: string; acronym: string | null; domains: string[]; slug: string } }
export type PlannedSource =
  | { key: string; existing: KnownSource; thinkTankKey: string; referenceNumber: number }
  | {
      key: string
      thinkTankKey: string
      referenceNumber: number
      create: { title: string; titleZh: string | null; url: string; authors: string[]; publishedAt: string | null; kind: 'report' }
    }
export type PlannedArticle = {
  headline: string
  body: string[]
  thinkTankKey: string
  sourceKeys: string[]
  originalHeading: { name: string | null; nameEn: string | null }
}
export type ImportProblem = { code: string; message: Bilingual }

export type ImportPlan = {
  column: string | null
  title: string
  intro: string[]
  thinkTanks: PlannedThinkTank[]
  sources: PlannedSource[]
  articles: PlannedArticle[]
  credits: ParsedCredit[]
  /** Problems that stop the import: nothing is written while there is one. */
  problems: ImportProblem[]
  warnings: Bilingual[]
}

const isAcronym = (text: string) => /^[A-Za-z][A-Za-z&-]{1,9}$/.test(text) && !text.includes(' ')

/** Which references a section cites: explicit [n] markers, else one per section in order, else by domain. */
function assignReferences(sections: ParsedSection[], references: ParsedReference[], tanks: (KnownThinkTank | undefined)[]): number[][] {
  const byNumber = new Set(references.map((reference) => reference.number))
  const marked = sections.map((section) =>
    [...section.body.join('\n').matchAll(/[[［](\d{1,3})[\]］]/g)].map((match) => Number(match[1])).filter((n) => byNumber.has(n)),
  )
  if (marked.some((numbers) => numbers.length > 0)) return marked.map((numbers) => [...new Set(numbers)])
  if (references.length === sections.length) return references.map((reference) => [reference.number])
  return sections.map((_section, index) => {
    const tank = tanks[index]
    if (!tank) return []
    return references.filter((reference) => thinkTankForUrl([tank], reference.url)).map((reference) => reference.number)
  })
}

/**
 * Turns a parsed issue into what to create and what to reuse, against what the CMS already holds.
 * Pure: the writer carries the plan out; a plan with problems must not be carried out.
 */
export function planImport(parsed: ParsedIssue, known: { thinkTanks: readonly KnownThinkTank[]; sources: readonly KnownSource[] }): ImportPlan {
  const problems: ImportProblem[] = []
  const warnings: Bilingual[] = []
  if (parsed.sections.length === 0) {
    problems.push({
      code: 'no-sections',
      message: bilingual(
        '未识别到智库栏目：每个栏目应有智库名称（中文名、英文名或缩写）、标题和正文段落。',
        'No think-tank sections found: expected a think-tank name, its English name or acronym, a headline and paragraphs.',
      ),
    })
  }
  for (const reference of parsed.references) {
    if (!isHttpUrl(reference.url)) {
      problems.push({
        code: 'malformed-url',
        message: bilingual(
          `参考文献 ${reference.number} 的链接不是有效的 http(s) 网址：“${reference.url}”。`,
          `Reference ${reference.number} is not a valid http(s) URL: "${reference.url}".`,
        ),
      })
    }
  }
  const numbers = parsed.references.map((reference) => reference.number)
  const expected = numbers.map((_n, index) => index + 1)
  if (numbers.join() !== expected.join()) {
    warnings.push(
      bilingual(`参考文献编号为 ${numbers.join('、')}；应为 1 至 ${numbers.length} 依次排列。`, `Reference numbers are ${numbers.join(', ')}; expected 1 to ${numbers.length} in order.`),
    )
  }

  const namedTanks = parsed.sections.map(
    (section) => thinkTankNamed(known.thinkTanks, section.thinkTankName) ?? thinkTankNamed(known.thinkTanks, section.thinkTankNameEn),
  )
  const citations = assignReferences(parsed.sections, parsed.references, namedTanks)
  const referenceByNumber = new Map(parsed.references.map((reference) => [reference.number, reference]))
  const cited = new Set(citations.flat())
  for (const reference of parsed.references) {
    if (!cited.has(reference.number)) {
      warnings.push(
        bilingual(`参考文献 ${reference.number}（${reference.url}）没有被任何栏目引用。`, `Reference ${reference.number} (${reference.url}) is not cited by any section.`),
      )
    }
  }

  const thinkTanks = new Map<string, PlannedThinkTank>()
  const sources = new Map<string, PlannedSource>()
  const articles: PlannedArticle[] = []

  parsed.sections.forEach((section, index) => {
    const refs = citations[index]!.map((number) => referenceByNumber.get(number)!).filter(Boolean)
    const byDomain = refs.map((reference) => thinkTankForUrl(known.thinkTanks, reference.url)).find(Boolean)
    // The heading decides when its names agree on one think tank; otherwise the cited domain does.
    const byName = thinkTankNamed(known.thinkTanks, section.thinkTankName)
    const byNameEn = thinkTankNamed(known.thinkTanks, section.thinkTankNameEn)
    const headingTank = byName && byNameEn && String(byName.id) !== String(byNameEn.id) ? undefined : (byName ?? byNameEn)
    const chosen = headingTank ?? byDomain
    let tankKey: string
    if (chosen) {
      tankKey = `id:${chosen.id}`
      if (!thinkTanks.has(tankKey)) thinkTanks.set(tankKey, { key: tankKey, existing: chosen })
    } else {
      const name = section.thinkTankName ?? section.thinkTankNameEn ?? '未命名智库'
      const nameEn = section.thinkTankNameEn ?? section.thinkTankName ?? 'Unnamed think tank'
      tankKey = `new:${name.toLowerCase()}`
      if (!thinkTanks.has(tankKey)) {
        const domains = [...new Set(refs.map((reference) => urlDomain(reference.url)).filter((domain): domain is string => !!domain))]
        const acronym = section.thinkTankNameEn && isAcronym(section.thinkTankNameEn) ? section.thinkTankNameEn.toUpperCase() : null
        thinkTanks.set(tankKey, {
          key: tankKey,
          create: { name, nameEn: acronym ?? nameEn, acronym, domains, slug: slugify(nameEn) || slugify(domains[0] ?? '') || `think-tank-${index + 1}` },
        })
        warnings.push(bilingual(`智库“${name}”尚未登记，将新建。`, `Think tank "${name}" is new and will be created.`))
      }
    }
    const facts = extractSourceFacts(section.body)
    const sourceKeys = refs.map((reference) => {
      const key = reference.url
      if (!sources.has(key)) {
        const existing = known.sources.find((source) => source.url === reference.url)
        const tankForSource = thinkTankForUrl(known.thinkTanks, reference.url)
        const sourceTankKey = tankForSource ? `id:${tankForSource.id}` : tankKey
        if (tankForSource && !thinkTanks.has(sourceTankKey)) thinkTanks.set(sourceTankKey, { key: sourceTankKey, existing: tankForSource })
        sources.set(
          key,
          existing
            ? { key, existing, thinkTankKey: sourceTankKey, referenceNumber: reference.number }
            : {
                key,
                thinkTankKey: sourceTankKey,
                referenceNumber: reference.number,
                create: {
                  // The report's title as the body gives it (《…》, acronyms as written); never one guessed from the URL.
                  title: (refs.length === 1 ? facts.titleZh : null) ?? reference.url,
                  titleZh: refs.length === 1 ? facts.titleZh : null,
                  url: reference.url,
                  authors: refs.length === 1 ? facts.authors : [],
                  publishedAt: refs.length === 1 ? facts.month : null,
                  kind: 'report',
                },
              },
        )
      }
      return key
    })
    if (sourceKeys.length === 0) warnings.push(bilingual(`栏目“${section.headline}”没有对应的参考文献。`, `Section "${section.headline}" cites no reference.`))
    articles.push({
      headline: section.headline,
      body: section.body,
      thinkTankKey: tankKey,
      sourceKeys,
      originalHeading: { name: section.thinkTankName, nameEn: section.thinkTankNameEn },
    })
  })

  const title = parsed.title ?? parsed.sections[0]?.headline ?? parsed.column ?? 'Imported issue'
  if (!parsed.title && parsed.sections.length > 0) {
    warnings.push(bilingual('原文没有期刊标题，暂用第一篇文章的标题。', 'The original has no issue title; the first headline is used.'))
  }
  return { column: parsed.column, title, intro: parsed.intro, thinkTanks: [...thinkTanks.values()], sources: [...sources.values()], articles, credits: parsed.credits, problems, warnings }
}

/** The plan as the editorial checks see an issue, so a preview shows the checks before anything is written. */
export function planAsCheckedIssue(plan: ImportPlan, styleTerms: readonly string[], knownThinkTanks: readonly KnownThinkTank[]): CheckedIssue {
  const tankFor = (key: string): CheckedThinkTank | null => {
    const planned = plan.thinkTanks.find((tank) => tank.key === key)
    if (!planned) return null
    return 'existing' in planned ? planned.existing : { id: key, ...planned.create }
  }
  const createdTanks = plan.thinkTanks.flatMap((tank) => ('create' in tank ? [{ id: tank.key, ...tank.create }] : []))
  // The known list itself when nothing is created: the checks keep their name indexes per list.
  const allTanks = createdTanks.length === 0 ? knownThinkTanks : [...knownThinkTanks, ...createdTanks]
  return {
    title: plan.title,
    introText: plan.intro.join('\n'),
    styleTerms,
    thinkTanks: allTanks,
    articles: plan.articles.map((article, index) => ({
      id: `new-${index + 1}`,
      headline: article.headline,
      bodyText: article.body.join('\n'),
      thinkTank: tankFor(article.thinkTankKey),
      originalHeading: article.originalHeading,
      sources: article.sourceKeys.map((key) => {
        const source = plan.sources.find((candidate) => candidate.key === key)!
        return 'existing' in source
          ? { id: source.existing.id, url: source.existing.url, thinkTank: tankFor(source.thinkTankKey) }
          : { id: `ref-${source.referenceNumber}`, url: source.create.url, title: source.create.title, publishedAt: source.create.publishedAt, thinkTank: tankFor(source.thinkTankKey) }
      }),
    })),
  }
}
