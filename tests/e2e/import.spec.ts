import { mkdirSync, readFileSync } from 'node:fs'

import type { Page } from '@playwright/test'

import { signedIn } from './helpers'
import { expectNoEnglish } from './no-english'
import { expect, test } from './test'

const SCREENS = 'test-results/screens'
const shot = async (page: Page, name: string) => {
  mkdirSync(SCREENS, { recursive: true })
  await page.screenshot({ path: `${SCREENS}/${name}.png`, fullPage: true })
}

/** The seed with its one error (a Brookings name under a Carnegie heading) corrected, made unique. */
const cleanSeed = () =>
  readFileSync('tests/fixtures/seed-issue.txt', 'utf8')
    .replace('海外智库观察\n', `海外智库观察\n2025年9月 总第58期\n浏览器导入测试 ${Date.now()}\n`)
    .replace(/^brookings institution$/m, 'Carnegie Endowment for International Peace')

test('import → fix → submit in the Chinese admin, a screenshot of each step', async ({ browser }) => {
  test.setTimeout(150_000)
  const page = await signedIn(browser, 'editor@example.com')
  await page.goto('/admin/collections/issues')
  await page.getByRole('link', { name: '导入往期 →' }).click()
  await expect(page).toHaveURL(/\/admin\/import$/)
  await expect(page.getByRole('heading', { name: '导入往期' })).toBeVisible()
  await shot(page, 'import-zh-1-empty')

  const text = cleanSeed()
  await page.locator('#import-file').setInputFiles({ name: 'seed-issue.txt', mimeType: 'text/plain', buffer: Buffer.from(text) })
  await expect(page.getByTestId('import-chosen')).toContainText('seed-issue.txt')
  await page.getByRole('button', { name: '预览' }).click()
  const report = page.getByTestId('import-report')
  await expect(report.getByRole('heading', { name: '预览：将要创建' })).toBeVisible()
  await expect(page.getByTestId('import-checks')).toContainText('提醒（')
  await expect(page.getByTestId('import-checks')).not.toContainText('错误（')
  await shot(page, 'import-zh-2-preview')

  await page.getByRole('button', { name: '确认导入' }).click()
  await expect(report.getByRole('heading', { name: '已导入' })).toBeVisible()
  await expect(page.locator('#import-open')).toContainText('浏览器导入测试')
  await shot(page, 'import-zh-3-imported')

  await page.locator('#findings-fix-all').click()
  await expect(page.getByText('已修正').first()).toBeVisible()
  await expect(page.getByTestId('import-checks')).not.toContainText('应写作')
  await shot(page, 'import-zh-4-fixed')

  // The same text again: stopped, with a link to the issue it became; an editor cannot force it.
  const created = await page.locator('#import-open').getAttribute('href')
  expect(created).toMatch(/\/admin\/collections\/issues\/\d+$/)
  await page.locator('#import-file').setInputFiles({ name: 'seed-issue-again.txt', mimeType: 'text/plain', buffer: Buffer.from(text) })
  await page.getByRole('button', { name: '预览' }).click()
  const duplicate = page.getByTestId('import-duplicate')
  await expect(duplicate).toContainText('该文本已在往期中')
  await expect(duplicate.getByRole('link')).toHaveAttribute('href', created!)
  await expect(duplicate.getByRole('link')).toContainText('浏览器导入测试')
  await expect(page.locator('#import-force')).toHaveCount(0)
  // File formats the intro names (.txt, .md, .docx, .zip) and the chosen file's name.
  await expectNoEnglish(page, 'the duplicate stop', ['seed', 'issue', 'again', 'txt', 'md', 'docx', 'zip'])
  await shot(page, 'import-zh-5-duplicate-editor')

  // An administrator sees the stop too, and may import it as a new issue anyway.
  const admin = await signedIn(browser, 'admin@example.com')
  await admin.goto('/admin/import')
  await admin.locator('#import-file').setInputFiles({ name: 'seed-issue-again.txt', mimeType: 'text/plain', buffer: Buffer.from(text) })
  await admin.getByRole('button', { name: '预览' }).click()
  await expect(admin.getByTestId('import-duplicate').getByRole('link')).toHaveAttribute('href', created!)
  await expect(admin.locator('#import-force')).toHaveText('仍然导入为新的一期（仅管理员）')
  await shot(admin, 'import-zh-5-duplicate-admin')
  await admin.context().addCookies([{ name: 'payload-lng', value: 'en', url: new URL(admin.url()).origin }])
  await admin.goto('/admin/import')
  await admin.locator('#import-file').setInputFiles({ name: 'seed-issue-again.txt', mimeType: 'text/plain', buffer: Buffer.from(text) })
  await admin.getByRole('button', { name: 'Preview' }).click()
  await expect(admin.getByTestId('import-duplicate')).toContainText('This text is already in the archive')
  await expect(admin.locator('#import-force')).toHaveText('Import as a new issue anyway (admins only)')
  await shot(admin, 'import-en-duplicate-admin')

  // The report made way for the stop: open the imported issue by the link kept from it.
  await page.goto(created!)
  await expect(page).toHaveURL(/\/admin\/collections\/issues\/\d+$/)
  await expect(page.getByTestId('workflow-stage')).toHaveText('草稿')
  await expect(page.getByTestId('workflow-findings')).not.toContainText('应写作')
  await shot(page, 'import-zh-6-issue')
  await page.locator('#workflow-submit').click()
  // The panel asks first, saying what follows.
  await page.locator('#workflow-confirm').click()
  await expect(page.getByTestId('workflow-stage')).toHaveText('审核')
  await shot(page, 'import-zh-7-submitted')
})

test('the import screen in English', async ({ browser }) => {
  const page = await signedIn(browser, 'editor@example.com')
  await page.context().addCookies([{ name: 'payload-lng', value: 'en', url: page.url() || 'http://localhost' }])
  await page.goto('/admin/import')
  await expect(page.getByRole('heading', { name: 'Import past issues' })).toBeVisible()
  await page.locator('#import-file').setInputFiles({ name: 'seed-issue.txt', mimeType: 'text/plain', buffer: Buffer.from(readFileSync('tests/fixtures/seed-issue.txt', 'utf8')) })
  await page.getByRole('button', { name: 'Preview' }).click()
  await expect(page.getByTestId('import-checks')).toContainText('Errors (1)')
  await expect(page.getByTestId('import-checks')).toContainText('names two think tanks')
  await shot(page, 'import-en-preview')
})
