import type { PayloadRequest } from 'payload'

import type { Newsletter } from '../../payload-types'
import { SLUGS } from '../../src/collection-slugs'
import { bilingual } from '../../src/i18n/bilingual'
import { ImportError } from '../../src/import/import-error'
import { readAs } from '../workflow/read-as'

/** The newsletter an imported issue belongs to (by its column's title), if it exists yet. */
export async function findNewsletterTitled(req: PayloadRequest, title: string): Promise<Newsletter | undefined> {
  const found = await req.payload.find({ collection: SLUGS.newsletters, where: { title: { equals: title } }, depth: 0, limit: 1, pagination: false, req, ...readAs(req) })
  return found.docs[0]
}

/**
 * The number an imported issue gets in its newsletter: the one the file states (or --number), which
 * must be free — a clash is refused (409), because it means the same issue again or the wrong
 * newsletter, and renumbering would hide that — else the next after the highest.
 */
export async function numberForImport(req: PayloadRequest, newsletter: Newsletter | undefined, stated: number | null): Promise<number> {
  if (!newsletter) return stated ?? 1
  const as = { req, depth: 0, limit: 1, pagination: false, ...readAs(req) } as const
  if (stated === null) return nextNumber(req, newsletter)
  const clash = await req.payload.find({
    collection: SLUGS.issues,
    where: { and: [{ newsletter: { equals: newsletter.id } }, { number: { equals: stated } }] },
    select: { title: true, importedFrom: true },
    draft: true,
    ...as,
  })
  const taken = clash.docs[0]
  if (taken) {
    const origin = bilingual(taken.importedFrom ? `，导入自 ${taken.importedFrom}` : '', taken.importedFrom ? `, imported from ${taken.importedFrom}` : '')
    throw new ImportError(
      'number-taken',
      409,
      bilingual(
        `${newsletter.title}已有第 ${stated} 期（“${taken.title}”，id ${taken.id}${origin.zh}），未导入任何内容。请更正文件中的期号（或 --number），或为另一期重新编号。`,
        `${newsletter.title} already has issue No. ${stated} ("${taken.title}", id ${taken.id}${origin.en}); nothing was imported. Correct the number in the file (or --number), or renumber the other issue.`,
      ),
    )
  }
  return stated
}

/**
 * The next number after the newsletter's highest. Read off the saved issues first, ties broken by id: SQLite
 * then takes the highest straight from the (newsletter, number) index, whose entries end in the row id. The
 * versions table cannot be read so (Payload breaks its ties there by creation time, and SQLite sorted every
 * issue of the newsletter: 4 ms an issue by 1,500, growing with the archive). Drafts numbered higher still
 * count: a draft above the highest saved number is looked for by range, and only then are the drafts sorted.
 */
async function nextNumber(req: PayloadRequest, newsletter: Newsletter): Promise<number> {
  const as = { req, depth: 0, limit: 1, pagination: false, select: { number: true }, ...readAs(req) } as const
  const inNewsletter = { newsletter: { equals: newsletter.id } }
  const saved = await req.payload.find({ collection: SLUGS.issues, where: inNewsletter, sort: ['-number', '-id'], ...as })
  const highestSaved = saved.docs[0]?.number ?? 0
  const above = await req.payload.find({ collection: SLUGS.issues, where: { and: [inNewsletter, { number: { greater_than: highestSaved } }] }, draft: true, ...as })
  if (above.docs.length === 0) return highestSaved + 1
  const drafts = await req.payload.find({ collection: SLUGS.issues, where: inNewsletter, sort: '-number', draft: true, ...as })
  return (drafts.docs[0]?.number ?? 0) + 1
}
