import { APIError, createLocalReq, type Payload, type PayloadRequest } from 'payload'

import type { Issue, User } from '../../payload-types'
import { isAdmin } from '../../src/access/predicates'
import { runEditorialChecks } from '../../src/checks/run-checks'
import { namesOf } from '../../src/checks/think-tank-names'
import type { CheckFinding, CheckLanguage } from '../../src/checks/types'
import { SLUGS } from '../../src/collection-slugs'
import { bilingual } from '../../src/i18n/bilingual'
import { pick } from '../../src/i18n/pick'
import { ImportError } from '../../src/import/import-error'
import { importFingerprint } from '../../src/import/import-fingerprint'
import { parseDateOption, parseNumberOption } from '../../src/import/issue-dates'
import { dateIssue, type IssueDating, type NumberOrigin } from '../../src/import/issue-dating'
import { parseIssueText } from '../../src/import/parse-issue'
import { planAsCheckedIssue, planImport, type ImportPlan, type KnownThinkTank } from '../../src/import/plan-import'
import { workflowWriteContext } from '../payload/workflow-context'
import { checkedThinkTanks, loadIssueContent, loadStyleTerms, loadThinkTanks } from '../workflow/load-content'
import { readAs } from '../workflow/read-as'
import type { ImportGate } from './import-gate'
import { findNewsletterTitled, numberForImport } from './issue-number'
import { IMPORTED_NEWSLETTER, REGISTRY_CLAIM, writePlan, type WriteCounts } from './write-plan'

export type ImportOptions = {
  text: string
  filename: string
  /** A published historical issue whose credits become imported sign-offs (admins only). */
  archive?: boolean
  /** Import even though the same text was imported before. */
  force?: boolean
  /** Only plan and check; write nothing. */
  dryRun?: boolean
  /** Who imports; none for the command line, which acts as the system. */
  user?: User | null
  /** `--date` / `--number`: used when the text and the file name state none (validated here too). */
  date?: string
  number?: string | number
  /** The clock, for the date used when none is found anywhere. */
  now?: Date
  /** The language of the check messages (`--lang`, or the admin's); Chinese unless given. */
  language?: CheckLanguage
  /** When other files of the same import are written at the same time (services/import/parallel-import.ts). */
  gate?: ImportGate
}

/** The issue's date and number, and where each was found: shown by the preview and the command. */
export type ImportPublication = Omit<IssueDating, 'warnings' | 'number' | 'numberFrom' | 'numberWritten'> & {
  number: number
  /** `sequence`: none was stated, so the next free number in the newsletter. */
  numberFrom: NumberOrigin | 'sequence'
  numberWritten: string | null
}

export type ImportReport = {
  file: string
  dryRun: boolean
  issue: { id: number | string; slug: string; number: number; stage: string; title: string } | null
  /** The issue's title (the line under the date line, else the first headline), on a dry run too. */
  title: string
  publication: ImportPublication
  articles: { created: number }
  /** Each reference: the report's title as the body gives it (else its URL) and its URL. */
  sources: { created: number; matched: number; items: { title: string; url: string }[] }
  thinkTanks: { created: number; matched: number }
  checks: CheckFinding[]
  /** Notes on the import (the date and number chosen, new think tanks…), in the request's language. */
  warnings: string[]
}

async function refuseDuplicate(req: PayloadRequest, fingerprint: string, filename: string) {
  const earlier = await req.payload.find({
    collection: SLUGS.issues,
    where: { importFingerprint: { equals: fingerprint } },
    select: { number: true, title: true, slug: true },
    draft: true,
    depth: 0,
    limit: 1,
    pagination: false,
    req,
    ...readAs(req),
  })
  const issue = earlier.docs[0]
  if (issue) {
    throw new ImportError(
      'already-imported',
      409,
      bilingual(
        `${filename} 已导入为第 ${issue.number} 期“${issue.title}”（id ${issue.id}）；如确需再次导入，请使用 --force。`,
        `${filename} was already imported as issue No. ${issue.number} "${issue.title}" (id ${issue.id}); import again only with --force.`,
      ),
      { existing: { id: issue.id, number: issue.number, title: issue.title, slug: issue.slug } },
    )
  }
}

const sourceItems = (plan: ImportPlan, existing: readonly { url: string; title: string }[]) =>
  plan.sources.map((source) =>
    'create' in source
      ? { title: source.create.title, url: source.create.url }
      : { title: existing.find((doc) => doc.url === source.existing.url)?.title ?? source.existing.url, url: source.existing.url },
  )

const planCounts = (plan: ImportPlan, existing: readonly { url: string; title: string }[]) => ({
  articles: { created: plan.articles.length },
  sources: {
    created: plan.sources.filter((source) => 'create' in source).length,
    matched: plan.sources.filter((source) => 'existing' in source).length,
    items: sourceItems(plan, existing),
  },
  thinkTanks: {
    created: plan.thinkTanks.filter((tank) => 'create' in tank).length,
    matched: plan.thinkTanks.filter((tank) => 'existing' in tank).length,
  },
})

/** `--date`/`--number` as given (text from a form or the command line), refused with a reason when malformed. */
function datingOptions(options: ImportOptions): { date?: string; number?: number } {
  const result: { date?: string; number?: number } = {}
  if (options.date !== undefined && options.date !== '') {
    const date = parseDateOption(options.date)
    if ('error' in date) throw new ImportError('bad-date', 400, date.error)
    result.date = date.date
  }
  if (options.number !== undefined && options.number !== '') {
    const number = parseNumberOption(String(options.number))
    if ('error' in number) throw new ImportError('bad-number', 400, number.error)
    result.number = number.number
  }
  return result
}

/**
 * Imports one issue: parse, plan against what the CMS holds, refuse on any problem, then create the
 * think tanks, sources, articles and the issue — all or nothing. Used by the CLI and the admin upload.
 */
export async function importIssue(payload: Payload, options: ImportOptions): Promise<ImportReport> {
  const user = options.user ?? null
  if (options.archive && user && !isAdmin(user)) {
    throw new ImportError('archive-needs-admin', 403, ARCHIVE_NEEDS_ADMIN)
  }
  const req = await createLocalReq({ user: user ?? undefined, context: options.archive ? workflowWriteContext() : {} }, payload)
  const fingerprint = importFingerprint(options.text)
  if (options.force && user && !isAdmin(user)) {
    throw new ImportError(
      'force-needs-admin',
      403,
      bilingual('只有管理员可以把已导入过的文本另行导入为新的一期。', 'Only an administrator can import a text that is already in the archive as a new issue.'),
    )
  }
  if (!options.force) await refuseDuplicate(req, fingerprint, options.filename)

  await options.gate?.claim([{ key: REGISTRY_CLAIM, mode: 'read' }])
  const thinkTanks = await loadThinkTanks(req)
  const known: readonly KnownThinkTank[] = checkedThinkTanks(thinkTanks)
  const parsed = parseIssueText(options.text, known.flatMap(namesOf))
  const urls = parsed.references.map((reference) => reference.url)
  const existingSources =
    urls.length === 0
      ? []
      : (await payload.find({ collection: SLUGS.sources, where: { url: { in: urls } }, depth: 0, pagination: false, req, ...readAs(req) })).docs
  const plan = planImport(parsed, { thinkTanks: known, sources: existingSources.map((source) => ({ id: source.id, url: source.url })) })
  if (plan.problems.length > 0) {
    const joined = (language: 'zh' | 'en') => plan.problems.map((problem) => problem.message[language]).join('\n')
    throw new ImportError(plan.problems[0]!.code, 422, bilingual(joined('zh'), joined('en')))
  }
  const dating = dateIssue({
    dateline: parsed.dateline,
    filename: options.filename,
    sectionBodies: parsed.sections.map((section) => section.body),
    options: datingOptions(options),
    now: options.now ?? new Date(),
  })
  const warnings = [...dating.warnings, ...plan.warnings].map((warning) => pick(warning, options.language))
  const { warnings: _datingWarnings, ...found } = dating
  const publication = (number: number): ImportPublication => ({ ...found, number, numberFrom: found.numberFrom ?? 'sequence' })

  if (options.dryRun) {
    const [styleTerms, number] = await Promise.all([
      loadStyleTerms(req),
      findNewsletterTitled(req, plan.column ?? IMPORTED_NEWSLETTER).then((newsletter) => numberForImport(req, newsletter, dating.number)),
    ])
    return {
      file: options.filename,
      dryRun: true,
      issue: null,
      title: plan.title,
      publication: publication(number),
      ...planCounts(plan, existingSources),
      checks: runEditorialChecks(planAsCheckedIssue(plan, styleTerms, known), options.language ?? 'zh'),
      warnings,
    }
  }

  const written: { issue: Issue; counts: WriteCounts } = await writePlan(req, plan, {
    archive: Boolean(options.archive),
    fingerprint,
    filename: options.filename,
    known,
    registry: thinkTanks,
    existingSources,
    number: dating.number,
    publishedAt: dating.publishedAt,
    gate: options.gate,
  })
  const language = options.language ?? 'zh'
  // An archive issue is released as it is, so its findings come from the plan it was written from (no second
  // read of it all); a draft's come from what was written, with the locations its one-click fixes need.
  const checks = options.archive
    ? runEditorialChecks(planAsCheckedIssue(plan, await loadStyleTerms(req), known), language)
    : (await loadIssueContent(req, written.issue, { language })).findings
  return {
    file: options.filename,
    dryRun: false,
    issue: { id: written.issue.id, slug: written.issue.slug, number: written.issue.number, stage: written.issue.stage, title: written.issue.title },
    title: written.issue.title,
    publication: publication(written.issue.number),
    ...written.counts,
    sources: { ...written.counts.sources, items: sourceItems(plan, existingSources) },
    checks,
    warnings,
  }
}

/** ImportError → APIError for the REST endpoint, its message in the request's language. */
export const toApiError = (error: unknown, language: CheckLanguage = 'zh'): unknown =>
  error instanceof ImportError ? new APIError(error.messageIn(language), error.status, { code: error.code, ...error.details }) : error

export const ARCHIVE_NEEDS_ADMIN = bilingual('只有管理员可以导入已发布的历史期刊。', 'Only an administrator can import published archive issues.')
