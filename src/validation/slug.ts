const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const isSlug = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 120 && SLUG_PATTERN.test(value)

/**
 * A URL slug from Latin text: lower case, ASCII letters and digits joined by hyphens. Chinese text
 * yields an empty string, so titles in Chinese need a slug typed by the editor.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)
    .replace(/-+$/, '')
}
