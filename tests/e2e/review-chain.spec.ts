import type { Page } from '@playwright/test'


import { paragraphsToLexical } from '../../src/richtext/lexical-json'
import { draftIssue } from './api'
import { signedIn } from './helpers'
import { expect, test } from './test'

const stamp = Date.now().toString(36)

async function act(page: Page, issueId: number, button: string, expectStage: string) {
  await page.goto(`/admin/collections/issues/${issueId}`)
  await page.getByRole('button', { name: button, exact: true }).click()
  await page.getByTestId('workflow-confirm').locator('#workflow-confirm').click()
  await expect(page.getByTestId('workflow-stage')).toHaveText(expectStage)
}

test('four people take an issue through 审核, 排版 and both 终审 approvals, with one rejection, and readers see it', async ({
  browser,
  request,
  page: reader,
}) => {
  test.setTimeout(180_000)
  const { issue } = await draftIssue(request, {
    stamp,
    title: `前沿模型安全 ${stamp}`,
    headline: `保护前沿模型权重 ${stamp}`,
    body: paragraphsToLexical(['2024年5月,兰德公司发布报告,讨论如何保护前沿AI模型的权重。']),
  })

  const editor = await signedIn(browser, 'editor@example.com')
  await act(editor, issue.id, '提交审核', '审核')

  const reviewer = await signedIn(browser, 'reviewer@example.com')
  await reviewer.goto('/admin')
  await expect(reviewer.getByTestId('my-queue')).toContainText(`前沿模型安全 ${stamp}`)
  await reviewer.goto(`/admin/collections/issues/${issue.id}`)
  await reviewer.getByRole('button', { name: '退回', exact: true }).click()
  const dialog = reviewer.getByRole('dialog', { name: '确认操作：退回' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByTestId('workflow-consequence')).toHaveText('退回后回到草稿，本修订版的签发全部作废。')
  await dialog.getByLabel('请说明需要修改的地方（必填）').fill('请补充报告的发布时间')
  await dialog.getByRole('button', { name: '退回', exact: true }).click()
  await expect(reviewer.getByTestId('workflow-stage')).toHaveText('草稿')
  await expect(reviewer.getByTestId('workflow-history')).toContainText('请补充报告的发布时间')

  await act(editor, issue.id, '提交审核', '审核')
  await act(reviewer, issue.id, '通过', '排版')
  const layout = await signedIn(browser, 'layout@example.com')
  await act(layout, issue.id, '通过', '终审')
  const final1 = await signedIn(browser, 'final1@example.com')
  await act(final1, issue.id, '通过', '终审')
  await expect(final1.getByTestId('workflow-signoffs')).toContainText('演示终审一')
  const final2 = await signedIn(browser, 'final2@example.com')
  await act(final2, issue.id, '通过', '已发布')

  await reader.goto('/')
  await reader.getByRole('link', { name: `前沿模型安全 ${stamp}` }).click()
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(`前沿模型安全 ${stamp}`)
  await expect(reader.locator('section.issue-section h2')).toContainText(`保护前沿模型权重 ${stamp}`)
  // Published by the final approval a moment ago, and already served: the page cache was revalidated.
  await expect(reader.locator('footer.credits p')).toHaveText(['审核：演示审核', '排版：演示排版', '终审：演示终审一、演示终审二'])
})
