import { createHash } from 'node:crypto'

import { commitTransaction, createLocalReq, initTransaction, killTransaction, type CollectionSlug, type PayloadRequest } from 'payload'

import type { Article, Issue, Source, ThinkTank } from '../../payload-types'
import { SLUGS } from '../../src/collection-slugs'
import type { Id } from '../../src/content/ids'
import { pinyinSlug } from '../../src/content/pinyin-slug'
import type { ImportPlan, KnownThinkTank } from '../../src/import/plan-import'
import { chooseSlugs, sourceSlugCandidates } from '../../src/import/source-slug'
import { paragraphsToLexical } from '../../src/richtext/lexical-json'
import { idFor, toDocumentId, toDocumentIds } from '../payload/document-id'
import { readAs } from '../workflow/read-as'
import { releaseImportedIssue } from '../workflow/release-published-issue'
import type { ImportGate } from './import-gate'
import { findNewsletterTitled, numberForImport } from './issue-number'

export type WriteCounts = {
  articles: { created: number }
  sources: { created: number; matched: number }
  thinkTanks: { created: number; matched: number }
}

const shortHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 6)

/** What a file claims while it matches names against the think-tank registry (read) or adds to it (write). */
export const REGISTRY_CLAIM = 'think-tank-registry'

/** The newsletter of imported issues whose text names no column. */
export const IMPORTED_NEWSLETTER = 'Imported issues'

/** A newsletter created by an import: its name in pinyin (海外智库观察 → haiwai-zhiku-guancha), so its issues read `haiwai-zhiku-guancha-58`. */
export const newsletterSlugFor = (title: string) => pinyinSlug(title).slice(0, 60).replace(/-+$/, '') || `newsletter-${shortHash(title)}`

/**
 * Carries out an import plan. All or nothing: inside a transaction where the database has them;
 * elsewhere (SQLite) every record created so far is deleted again when a later write fails.
 */
export async function writePlan(
  req: PayloadRequest,
  plan: ImportPlan,
  {
    archive,
    fingerprint,
    filename,
    known,
    registry,
    existingSources,
    number: statedNumber,
    publishedAt,
    gate,
  }: {
    archive: boolean
    fingerprint: string
    filename: string
    known: readonly KnownThinkTank[]
    /** The think tanks `known` was made from, and the sources the plan matched: an archive issue's release shows them. */
    registry: readonly ThinkTank[]
    existingSources: readonly Source[]
    /** The number the file (or --number) states; null for the next free one. */
    number: number | null
    /** When an archive issue came out: its release's date, which the reader archive sorts by. */
    publishedAt: string
    gate?: ImportGate
  },
): Promise<{ issue: Issue; counts: WriteCounts }> {
  const { payload } = req
  const created: { collection: CollectionSlug; id: Id }[] = []
  // Only ids are used from what the creates return: nothing is populated (a populated article reads its think tank and sources again).
  const as = { req, depth: 0, ...readAs(req) }
  const ownsTransaction = await initTransaction(req)
  try {
    const column = plan.column ?? IMPORTED_NEWSLETTER
    const existingNewsletter = await findNewsletterTitled(req, column)
    if (!existingNewsletter) {
      await gate?.claim([
        { key: `newsletter:${column}`, mode: 'write' },
        { key: `newsletter-slug:${newsletterSlugFor(column)}`, mode: 'write' },
      ])
    }
    // Before any write: a stated number already taken refuses the file.
    const nextSaved = await numberForImport(req, existingNewsletter, statedNumber)
    const number = gate ? await gate.number(column, statedNumber, nextSaved) : nextSaved
    let newsletter = existingNewsletter
    if (!newsletter) {
      newsletter = await payload.create({ collection: SLUGS.newsletters, data: { title: column, slug: newsletterSlugFor(column) }, req })
      created.push({ collection: SLUGS.newsletters, id: newsletter.id })
    }
    if (plan.thinkTanks.some((tank) => 'create' in tank)) await gate?.claim([{ key: REGISTRY_CLAIM, mode: 'write' }])

    const usedSlugs = new Set(known.map((tank) => tank.slug).filter(Boolean))
    const thinkTanks: ThinkTank[] = [...registry]
    const tankIds = new Map<string, Id>()
    for (const tank of plan.thinkTanks) {
      if ('existing' in tank) {
        tankIds.set(tank.key, tank.existing.id)
        continue
      }
      let slug = tank.create.slug
      while (usedSlugs.has(slug)) slug = `${tank.create.slug}-${shortHash(slug + tank.key)}`
      usedSlugs.add(slug)
      const doc = await payload.create({ collection: SLUGS.thinkTanks, data: { ...tank.create, slug }, ...as })
      created.push({ collection: SLUGS.thinkTanks, id: doc.id })
      thinkTanks.push(doc)
      tankIds.set(tank.key, doc.id)
    }

    const sourceIds = new Map<string, Id>()
    const sources: Source[] = []
    const existingSource = new Map(existingSources.map((source) => [String(source.id), source]))
    const slugOfSource = await newSourceSlugs(req, plan)
    const newSources = plan.sources.flatMap((source) => ('create' in source ? [source] : []))
    if (newSources.length > 0) {
      await gate?.claim(
        newSources.flatMap((source) => [
          { key: `source:${source.create.url}`, mode: 'write' as const },
          { key: `source-slug:${slugOfSource.get(source.key)}`, mode: 'write' as const },
        ]),
      )
    }
    for (const source of plan.sources) {
      if ('existing' in source) {
        sourceIds.set(source.key, source.existing.id)
        const doc = existingSource.get(String(source.existing.id))
        if (doc) sources.push(doc)
        continue
      }
      const slug = slugOfSource.get(source.key)!
      const doc = await payload.create({
        collection: SLUGS.sources,
        data: { ...source.create, slug, thinkTank: toDocumentId(idFor(tankIds, source.thinkTankKey)) },
        ...as,
      })
      created.push({ collection: SLUGS.sources, id: doc.id })
      sources.push(doc)
      sourceIds.set(source.key, doc.id)
    }

    const issueSlug = `${newsletter.slug}-${number}`

    const articles: Article[] = []
    for (const [index, article] of plan.articles.entries()) {
      const doc = await payload.create({
        collection: SLUGS.articles,
        data: {
          headline: article.headline,
          thinkTank: toDocumentId(idFor(tankIds, article.thinkTankKey)),
          body: paragraphsToLexical(article.body),
          sources: toDocumentIds(article.sourceKeys.map((key) => idFor(sourceIds, key))),
          originalHeading: article.originalHeading,
          slug: `${issueSlug}-${index + 1}-${shortHash(fingerprint + index)}`,
          _status: archive ? 'published' : 'draft',
        },
        ...as,
      })
      created.push({ collection: SLUGS.articles, id: doc.id })
      articles.push(doc)
    }

    const people = plan.credits.flatMap((credit) => credit.people.map((person) => person.name))
    const users =
      people.length === 0
        ? []
        : (await payload.find({ collection: SLUGS.users, where: { name: { in: people } }, select: { name: true }, pagination: false, ...as })).docs
    const userNamed = (name: string) => users.find((user) => user.name === name)
    const credited = (stage: 'review' | 'layout' | 'final') => plan.credits.filter((credit) => credit.stage === stage).flatMap((credit) => credit.people)

    const issue = await payload.create({
      collection: SLUGS.issues,
      data: {
        title: plan.title,
        newsletter: newsletter.id,
        number,
        slug: issueSlug,
        intro: paragraphsToLexical(plan.intro),
        articles: toDocumentIds(articles.map((article) => article.id)),
        importedFrom: filename,
        importFingerprint: fingerprint,
        ...(archive
          ? {
              stage: 'published',
              _status: 'published',
              publishAt: publishedAt,
              signoffs: plan.credits.flatMap((credit) =>
                credit.people.map((person) => ({
                  stage: credit.stage,
                  name: person.name,
                  affiliation: person.affiliation,
                  user: userNamed(person.name)?.id ?? null,
                  imported: true,
                })),
              ),
            }
          : {
              stage: 'draft',
              _status: 'draft',
              reviewer: credited('review').map((person) => userNamed(person.name)?.id).find(Boolean) ?? null,
              layoutEditor: credited('layout').map((person) => userNamed(person.name)?.id).find(Boolean) ?? null,
              finalApprovers: credited('final').map((person) => userNamed(person.name)?.id).filter((id) => id !== undefined),
            }),
      },
      ...as,
    })
    created.push({ collection: SLUGS.issues, id: issue.id })
    // Last, so that nothing after it can fail: an archive issue reaches readers through its release.
    if (archive) await releaseImportedIssue(req, { issue, newsletter, articles, sources, thinkTanks }, `Imported from the archive: ${filename}. 往期导入。`)
    await gate?.beforeCommit()
    if (ownsTransaction) await commitTransaction(req)
    return {
      issue,
      counts: {
        articles: { created: articles.length },
        sources: { created: plan.sources.filter((s) => 'create' in s).length, matched: plan.sources.filter((s) => 'existing' in s).length },
        thinkTanks: { created: plan.thinkTanks.filter((t) => 'create' in t).length, matched: plan.thinkTanks.filter((t) => 'existing' in t).length },
      },
    }
  } catch (error) {
    if (ownsTransaction) await killTransaction(req)
    else await undo(req, created)
    throw error
  }
}

/** A free slug for each source the plan creates, by its key: one query for every candidate of them all. */
async function newSourceSlugs(req: PayloadRequest, plan: ImportPlan): Promise<Map<string, string>> {
  const created = plan.sources.flatMap((source) => ('create' in source ? [source] : []))
  if (created.length === 0) return new Map()
  const candidates = created.map((source) => sourceSlugCandidates(source.create.title, source.create.url))
  const taken = await req.payload.find({
    collection: SLUGS.sources,
    where: { slug: { in: candidates.flat() } },
    select: { slug: true },
    depth: 0,
    pagination: false,
    req,
    ...readAs(req),
  })
  const chosen = chooseSlugs(candidates, new Set(taken.docs.map((doc) => doc.slug)))
  return new Map(created.map((source, index) => [source.key, chosen[index]!]))
}

/* Deletes what this import created, newest first, as the system (no user): the importer may not
 * delete think tanks or sources itself, but these are its own records that must not survive. */
async function undo(req: PayloadRequest, created: { collection: CollectionSlug; id: Id }[]) {
  const system = await createLocalReq({}, req.payload)
  for (const { collection, id } of [...created].reverse()) {
    await req.payload.delete({ collection, id, req: system })
  }
}
