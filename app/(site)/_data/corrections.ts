import { revisionPath } from '../../../src/site/release-view'
import { both, findReleases } from './releases'

export type CorrectionEntry = {
  slug: string
  title: string
  number: number
  revision: number
  correctedAt: string
  note: string
  /** The stable URL of the corrected revision. */
  path: string
}

export type CorrectionPage = { items: CorrectionEntry[]; page: number; pages: number }

/** Every correction ever released, newest first, a page at a time (older ones stay listed). */
export async function listCorrections(page = 1, perPage = 20): Promise<CorrectionPage> {
  const found = await findReleases(both({ isCorrection: { equals: true } }), page, perPage)
  const items = found.records.flatMap(({ content, revision }) =>
    content.correction
      ? [
          {
            slug: content.issue.slug,
            title: content.issue.title,
            number: content.issue.number,
            revision,
            correctedAt: content.correction.correctedAt,
            note: content.correction.note,
            path: revisionPath(content.issue.slug, revision),
          },
        ]
      : [],
  )
  return { items, page: found.page, pages: found.pages }
}
