import type { PayloadRequest } from 'payload'

import type { User } from '../../payload-types'
import { SLUGS } from '../../src/collection-slugs'
import { CONSENT_SOURCE_KEY } from '../../src/distribution/consent'
import type { ImportProblem, ParsedImport } from '../../src/distribution/subscriber-csv'

export type ImportReport = { created: number; skippedExisting: number; duplicatesInFile: number; invalid: ImportProblem[]; dryRun: boolean }

/**
 * Adds the CSV's new addresses, as the admin who imports; a confirmed row's consent record keeps
 * where it was given (the `consent` column) and who imported it. An address already known is skipped
 * whatever its status: an import never re-subscribes someone who unsubscribed or was suppressed.
 */
export async function importSubscribers(req: PayloadRequest, parsed: ParsedImport, { dryRun, user }: { dryRun: boolean; user: User }): Promise<ImportReport> {
  const asAdmin = { req, user, overrideAccess: false, depth: 0 } as const
  const newsletters = await req.payload.find({ collection: SLUGS.newsletters, select: { slug: true }, pagination: false, ...asAdmin })
  const newsletterBySlug = new Map(newsletters.docs.map((doc) => [doc.slug, doc.id]))
  const invalid = [...parsed.problems]
  let created = 0
  let skippedExisting = 0
  const now = new Date().toISOString()
  for (const row of parsed.rows) {
    const unknown = row.newsletters.filter((slug) => !newsletterBySlug.has(slug))
    if (unknown.length > 0) {
      invalid.push({ line: row.line, value: unknown.join(';'), reason: 'no such newsletter' })
      continue
    }
    const existing = await req.payload.count({ collection: SLUGS.subscribers, where: { email: { equals: row.email } }, req, user, overrideAccess: false })
    if (existing.totalDocs > 0) {
      skippedExisting += 1
      continue
    }
    if (!dryRun) {
      const ids = row.newsletters.length > 0 ? row.newsletters.map((slug) => newsletterBySlug.get(slug) as number) : newsletters.docs.map((doc) => doc.id)
      await req.payload.create({
        collection: SLUGS.subscribers,
        data: {
          email: row.email,
          language: row.language,
          status: row.status,
          newsletters: ids,
          source: 'csv-import',
          consent: { at: now, form: 'csv-import', evidence: row.consent || undefined, recordedBy: user.id },
        },
        ...asAdmin,
        // The one way besides the subscriber's own link to record a consent (collections/Subscribers/hooks/guard-consent.ts).
        context: { [CONSENT_SOURCE_KEY]: 'csv-import' },
      })
    }
    created += 1
  }
  return { created, skippedExisting, duplicatesInFile: parsed.duplicatesInFile, invalid, dryRun }
}
