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
  const as = { req, depth: 0, limit: 1, pagination: false, draft: true, ...readAs(req) } as const
  if (stated === null) {
    const latest = await req.payload.find({ collection: SLUGS.issues, where: { newsletter: { equals: newsletter.id } }, sort: '-number', select: { number: true }, ...as })
    return (latest.docs[0]?.number ?? 0) + 1
  }
  const clash = await req.payload.find({
    collection: SLUGS.issues,
    where: { and: [{ newsletter: { equals: newsletter.id } }, { number: { equals: stated } }] },
    select: { title: true, importedFrom: true },
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
