import { expect, type Page } from '@playwright/test'

/**
 * Names and acronyms a Chinese admin screen may show in Latin letters: the product, think tanks,
 * standards bodies, style terms, file formats (HTML, Markdown), and the demo's own content names.
 */
export const ENGLISH_ALLOWED = new Set(
  ['Zhiku', 'AI', 'GenAI', 'CSIS', 'RAND', 'NIST', 'ITU', 'ISO', 'IEC', 'OECD', 'UN', 'EU', 'US', 'UK', 'URL', 'JSON', 'RSS', 'PDF', 'HTML', 'Markdown', 'Word', 'ID', 'Corporation', 'Report'].map((word) => word.toLowerCase()),
)

/** The Latin words of a text, leaving out values: addresses, e-mails, slugs and numbers. */
export function latinWords(text: string): string[] {
  const words = text
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\S+@\S+/g, ' ')
    // Slugs and other values: lower-case words joined by hyphens, or words with digits.
    .replace(/\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g, ' ')
    .match(/[A-Za-z][A-Za-z’']*[A-Za-z]/g)
  return [...new Set(words ?? [])]
}

/** The Latin words on the visible page that are neither allowed names nor values (addresses, e-mails, slugs, numbers). */
export async function englishWords(page: Page, allowed: Iterable<string> = []): Promise<string[]> {
  const extra = new Set([...allowed].map((word) => word.toLowerCase()))
  const words = latinWords(await page.locator('body').innerText())
  return words.filter((word) => !ENGLISH_ALLOWED.has(word.toLowerCase()) && !extra.has(word.toLowerCase()))
}

/** Fails the test when a Chinese admin page shows English words outside the allow list. */
export async function expectNoEnglish(page: Page, what: string, allowed: Iterable<string> = []): Promise<void> {
  expect(await englishWords(page, allowed), `English words on ${what} (${page.url()})`).toEqual([])
}
