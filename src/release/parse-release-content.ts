import { isRecord } from '../content/is-record'
import { RELEASE_FORMAT, type ReleaseContent } from './release-content'

/**
 * A stored release's `content` as the reader pages use it. The JSON column is untyped, so this
 * checks the shape the pages rely on and refuses anything else (a format this code does not know).
 */
export function parseReleaseContent(value: unknown): ReleaseContent {
  if (!isRecord(value) || value.format !== RELEASE_FORMAT) throw new Error(`Unknown release format: ${isRecord(value) ? String(value.format) : typeof value}`)
  const { issue, sections, sources, references, credits } = value
  if (!isRecord(issue) || typeof issue.slug !== 'string' || typeof issue.title !== 'string') throw new Error('A release without its issue')
  if (![sections, sources, references, credits].every(Array.isArray)) throw new Error(`Release of ${issue.slug} lacks its lists`)
  return value as ReleaseContent
}
