import { APIError, type PayloadRequest } from 'payload'

import type { Article, Issue } from '../../payload-types'
import { findingsNamed, fixTermInRichText, fixTermInText, isFixable, type FixRequest, type TermFix } from '../../src/checks/fix-finding'
import type { CheckFinding } from '../../src/checks/types'
import { SLUGS } from '../../src/collection-slugs'
import type { Id } from '../../src/content/ids'
import type { LexicalDocument } from '../../src/richtext/lexical-json'
import { sayFor } from '../payload/request-language'
import { findLatestIssue } from './find-latest'
import { loadIssueContent, loadStyleTerms } from './load-content'


const richText = (value: unknown) => value as LexicalDocument | null | undefined

function fixedArticle(article: Article, terms: readonly string[], fixes: readonly TermFix[]) {
  let headline = article.headline
  let body = richText(article.body)
  let heading = article.originalHeading ?? null
  for (const fix of fixes) {
    headline = fixTermInText(headline, terms, fix)
    body = fixTermInRichText(body, terms, fix)
    if (heading) heading = { ...heading, name: heading.name && fixTermInText(heading.name, terms, fix), nameEn: heading.nameEn && fixTermInText(heading.nameEn, terms, fix) }
  }
  const data: Partial<Article> = {}
  if (headline !== article.headline) data.headline = headline
  if (body !== article.body) data.body = body as Article['body']
  if (heading && (heading.name !== article.originalHeading?.name || heading.nameEn !== article.originalHeading?.nameEn)) data.originalHeading = heading
  return data
}

function fixedIssue(issue: Issue, location: 'issue' | 'intro', terms: readonly string[], fixes: readonly TermFix[]) {
  if (location === 'issue') {
    const title = fixes.reduce((text, fix) => fixTermInText(text, terms, fix), issue.title)
    return title === issue.title ? {} : { title }
  }
  const intro = fixes.reduce((doc, fix) => fixTermInRichText(doc, terms, fix), richText(issue.intro))
  return intro === issue.intro ? {} : { intro: intro as Issue['intro'] }
}

/**
 * `POST /api/issues/:id/checks/fix`: applies the exact correction of the named finding (or of every
 * fixable finding with that code at that place when no spelling is given) as the user's own edit —
 * a Local API update with the user, so access, field locks, sign-off voiding and the audit log all
 * apply — and answers with the findings after it.
 */
export async function fixFindings(req: PayloadRequest, issueId: Id, request: FixRequest): Promise<{ issue: Id; fixed: number; findings: CheckFinding[] }> {
  const say = sayFor(req)
  const user = req.user
  if (!user) throw new APIError(say('请先登录。', 'Log in to fix findings.'), 401)
  const issue = await findLatestIssue(req, issueId)
  const content = await loadIssueContent(req, issue)
  const named = findingsNamed(content.findings, request)
  if (named.length === 0) {
    throw new APIError(say('该检查结果已不存在（可能已修正），请刷新。', 'That finding is not there (any more); reload the checks.'), 409, { code: 'finding-gone' })
  }
  const fixable = named.filter(isFixable)
  if (fixable.length === 0) {
    throw new APIError(say('该检查结果没有可一键应用的修正，请手动修改。', 'That finding has no one-click fix; correct it by hand.'), 400, { code: 'not-fixable' })
  }
  const terms = await loadStyleTerms(req)
  const fixes = fixable.map((finding) => finding.fix)
  const asUser = { overrideAccess: false as const, user, req, draft: true as const }
  let changed = false
  if (request.location === 'issue' || request.location === 'intro') {
    const data = fixedIssue(issue, request.location, terms, fixes)
    if (Object.keys(data).length > 0) {
      await req.payload.update({ collection: SLUGS.issues, id: issue.id, data, ...asUser })
      changed = true
    }
  } else if (request.location.startsWith('article:')) {
    const article = content.articles.find((entry) => `article:${entry.id}` === request.location)
    if (article) {
      const data = fixedArticle(article, terms, fixes)
      if (Object.keys(data).length > 0) {
        await req.payload.update({ collection: SLUGS.articles, id: article.id, data, ...asUser })
        changed = true
      }
    }
  }
  if (!changed) {
    throw new APIError(say('无法在原处修正该写法（可能跨越了格式），请手动修改。', 'The spelling cannot be corrected in place (it may span formatting); correct it by hand.'), 409, { code: 'fix-not-applied' })
  }
  const after = await loadIssueContent(req, await findLatestIssue(req, issueId))
  return { issue: issue.id, fixed: fixable.length, findings: after.findings }
}
