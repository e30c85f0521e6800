import { type BrowserContext, expect, test as base } from '@playwright/test'

/**
 * Playwright's `test` with one automatic check: no Content-Security-Policy violation may show in the
 * browser console of any page a test opens (its own context and every context it creates).
 */
export const test = base.extend<{ noCspViolations: void }>({
  noCspViolations: [
    async ({ browser, context }, use) => {
      const violations: string[] = []
      const watch = (watched: BrowserContext) =>
        watched.on('console', (message) => {
          if (/Content Security Policy/i.test(message.text())) violations.push(`${message.location().url}: ${message.text()}`)
        })
      watch(context)
      const newContext = browser.newContext.bind(browser)
      browser.newContext = async (options) => {
        const created = await newContext(options)
        watch(created)
        return created
      }
      await use()
      browser.newContext = newContext
      expect(violations, 'Content-Security-Policy violations in the browser console').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }
