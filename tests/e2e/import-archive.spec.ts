import { generateIssue } from '../helpers/issue-generator'
import { buildZip } from '../helpers/zip'
import { signedIn } from './helpers'
import { expect, test } from './test'

const unique = (seed: number) => generateIssue(seed).text.replace('海外智库观察\n', `海外智库观察\n浏览器压缩包导入测试 ${Date.now()}-${seed}。\n`)

test('an editor previews a zip of issues file by file, imports it with a progress bar, and a second preview skips what is in', async ({ browser }) => {
  const page = await signedIn(browser, 'editor@example.com')
  await page.goto('/admin/import')
  const zip = buildZip([
    { name: '往期/' },
    { name: '往期/01.txt', data: unique(11) },
    { name: '往期/02.md', data: unique(12) },
    { name: '往期/03.txt', data: '这只是一段没有任何栏目结构的文字，既没有智库名称，也没有参考文献。' },
    { name: '__MACOSX/往期/._01.txt', data: 'fork' },
  ])
  await page.locator('#import-file').setInputFiles({ name: 'archive.zip', mimeType: 'application/zip', buffer: zip })
  await page.getByRole('button', { name: '预览' }).click()

  const report = page.getByTestId('archive-report')
  await expect(report.getByRole('heading', { name: '预览：压缩包中的文件' })).toBeVisible()
  const rows = page.getByTestId('archive-files').locator('tbody tr')
  await expect(rows).toHaveCount(3)
  await expect(rows.nth(0)).toContainText('archive.zip/往期/01.txt')
  await expect(rows.nth(0)).toContainText('将导入')
  await expect(rows.nth(1)).toContainText('将导入')
  await expect(rows.nth(2)).toContainText('拒绝')
  await expect(rows.nth(2)).toContainText('未识别到智库栏目')
  await expect(page.getByTestId('archive-progress-count')).toHaveText('3/3')

  await page.getByRole('button', { name: /确认导入全部可导入的文件/ }).click()
  await expect(report.getByRole('heading', { name: '压缩包导入结果' })).toBeVisible()
  await expect(page.getByTestId('archive-progress-count')).toHaveText('3/3')
  await expect(page.locator('#archive-progress')).toHaveAttribute('value', '3')
  await expect(rows.nth(0)).toContainText('已导入')
  await expect(rows.nth(1)).toContainText('已导入')
  await expect(rows.nth(2)).toContainText('拒绝')
  await expect(rows.nth(0).getByRole('link', { name: '打开导入的期刊' })).toBeVisible()

  await page.getByRole('button', { name: '预览' }).click()
  await expect(report.getByRole('heading', { name: '预览：压缩包中的文件' })).toBeVisible()
  await expect(page.getByTestId('archive-progress-count')).toHaveText('3/3')
  await expect(rows.nth(0)).toContainText('已导入过，跳过')
  await expect(rows.nth(1)).toContainText('已导入过，跳过')
  await expect(page.getByRole('button', { name: /确认导入全部可导入的文件/ })).toHaveCount(0)
})

test('a zip with an entry escaping its folder is refused as a whole in the admin', async ({ browser }) => {
  const page = await signedIn(browser, 'editor@example.com')
  await page.goto('/admin/import')
  const zip = buildZip([
    { name: 'good.txt', data: unique(13) },
    { name: '../evil.txt', data: unique(14) },
  ])
  await page.locator('#import-file').setInputFiles({ name: 'evil.zip', mimeType: 'application/zip', buffer: zip })
  await page.getByRole('button', { name: '预览' }).click()
  await expect(page.getByTestId('archive-import').getByRole('alert')).toHaveText('压缩包 evil.zip 已整体拒绝：条目“../evil.txt”指向压缩包之外（../），未导入任何内容。')
  await expect(page.getByTestId('archive-report')).toHaveCount(0)
})
