/** The body of `POST /api/site/revalidate`: `{ "tags": ["issue:2025-01", "home", …] }`. */
export const MAX_TAGS = 2000
const MAX_TAG_LENGTH = 256

export type RevalidateBody = { ok: true; tags: string[] } | { ok: false; message: string }

export function parseRevalidateBody(body: unknown): RevalidateBody {
  const tags = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as { tags?: unknown }).tags : undefined
  if (!Array.isArray(tags) || tags.length === 0) return { ok: false, message: 'Send { "tags": [...] }: a non-empty list of cache tags such as "home" or "issue:<slug>".' }
  if (tags.length > MAX_TAGS) return { ok: false, message: `Send at most ${MAX_TAGS} tags at once.` }
  if (!tags.every((tag): tag is string => typeof tag === 'string' && tag.trim() !== '' && tag.length <= MAX_TAG_LENGTH)) {
    return { ok: false, message: `Every tag must be a non-empty string of at most ${MAX_TAG_LENGTH} characters.` }
  }
  return { ok: true, tags: [...new Set(tags)] }
}
