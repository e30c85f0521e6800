import { sha256OfCanonical } from '../content/canonical-json'
import type { CreditLine } from '../content/credits'

/*
 * A release is what readers get of one published revision of an issue, frozen when it is signed:
 * every reader surface (pages, feeds, search, sitemap, share image, anonymous API, email, exports)
 * renders from this and nothing else. Its SHA-256 (of the canonical JSON) is what the last 终审
 * approval signs. Rich text is kept as Lexical JSON; ids of live records are kept only as `key`s.
 */
export const RELEASE_FORMAT = 1

export type ReleaseThinkTank = {
  slug: string
  name: string
  nameEn: string
  acronym: string | null
  country: string | null
  website: string | null
}

export type ReleaseSource = {
  key: string
  title: string
  titleZh: string | null
  url: string | null
  authors: string[]
  publishedAt: string | null
  thinkTank: string | null
}

export type ReleaseSection = {
  key: string
  slug: string
  headline: string
  body: unknown
  thinkTank: ReleaseThinkTank | null
  topics: string[]
  /** Keys of the sources this section cites, in its order. */
  sources: string[]
  referenceNumbers: number[]
}

export type ReleaseReference = { number: number; source: string; title: string; titleZh: string | null; url: string | null }

export type ReleaseImage = { url: string; alt: string; width: number | null; height: number | null }

export type ReleaseCorrection = { note: string; correctedAt: string }

export type ReleaseContent = {
  format: typeof RELEASE_FORMAT
  issue: {
    key: string
    slug: string
    title: string
    number: number
    newsletter: { slug: string; title: string; titleEn: string | null }
    intro: unknown
    cover: ReleaseImage | null
    showReferenceTitles: boolean
  }
  revision: number
  publishedAt: string
  sections: ReleaseSection[]
  sources: ReleaseSource[]
  references: ReleaseReference[]
  credits: CreditLine[]
  /** The public note of this revision's correction, when it corrects an earlier release. */
  correction: ReleaseCorrection | null
}

/** The hash a release is known by: SHA-256 of its canonical JSON. */
export const releaseHash = (content: ReleaseContent): string => sha256OfCanonical(content)

/** The first 12 hex digits, shown beside the credits (enough to compare by eye with the API). */
export const shortFingerprint = (hash: string): string => hash.slice(0, 12)
