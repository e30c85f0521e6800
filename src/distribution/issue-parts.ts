import { formatCreditLine } from '../content/credits'
import type { ReleaseContent, ReleaseImage } from '../release/release-content'

/** The subject line of an issue's email and the title of its exports. */
export const issueSubject = (content: ReleaseContent): string =>
  `${content.issue.newsletter.title} 第${content.issue.number}期｜${content.issue.title}`

export const creditLines = (content: ReleaseContent): string[] => content.credits.map(formatCreditLine)

/** A section's heading as readers see it: think tank (acronym or English name), then the headline. */
export function sectionHeading(section: ReleaseContent['sections'][number]): { thinkTank: string | null; headline: string } {
  const tank = section.thinkTank
  return { thinkTank: tank ? `${tank.name}（${tank.acronym || tank.nameEn}）` : null, headline: section.headline }
}

/** An image URL made absolute against the site (uploads are stored as `/api/media/file/…`). */
export function absoluteUrl(url: string, base: string): string {
  try {
    return new URL(url, base).href
  } catch {
    return url
  }
}

export const imagesOf = (content: ReleaseContent): ReleaseImage[] => (content.issue.cover ? [content.issue.cover] : [])

export const isWechatUrl = (url: string): boolean => {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' && parsed.hostname === 'mp.weixin.qq.com'
  } catch {
    return false
  }
}

export const publishedDay = (content: ReleaseContent): string => content.publishedAt.slice(0, 10)
