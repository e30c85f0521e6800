import { mkdirSync } from 'node:fs'

import type { Browser, Page } from '@playwright/test'

import { paragraphsToLexical } from '../../src/richtext/lexical-json'
import { apiToken, draftIssue, publishThroughChain } from './api'
import { DEMO_PASSWORD, signedIn } from './helpers'
import { expectNoEnglish, latinWords } from './no-english'
import { expect, test } from './test'

const SCREENS = 'test-results/screens'
mkdirSync(SCREENS, { recursive: true })
const stamp = Date.now().toString(36).replace(/\d/g, '')

const shot = (page: Page, name: string) => page.screenshot({ path: `${SCREENS}/${name}.png`, fullPage: true })

/** The same account in the English admin (Payload's language cookie). */
async function signedInEnglish(browser: Browser, email: string): Promise<Page> {
  const page = await signedIn(browser, email)
  await page.context().addCookies([{ name: 'payload-lng', value: 'en', url: new URL(page.url()).origin }])
  return page
}

/** The Latin words of the issue titles on the board: other tests' content (their stamps), not the screen's words. */
const issueTitleWords = async (page: Page) => latinWords((await page.getByTestId('board-card').getByRole('link').allInnerTexts()).join(' '))

async function approveInPanel(page: Page, issueId: number, button: string, consequence: string, stageAfter: string, step: string) {
  await page.goto(`/admin/collections/issues/${issueId}`)
  await expect(page.getByTestId('header-stage')).toBeVisible()
  await expectNoEnglish(page, `the issue page before ${step}`, [stamp])
  await page.getByRole('button', { name: button, exact: true }).click()
  await expect(page.getByTestId('workflow-consequence')).toHaveText(consequence)
  await shot(page, `desk-${step}-confirm-zh`)
  await page.locator('#workflow-confirm').click()
  await expect(page.getByTestId('workflow-stage')).toHaveText(stageAfter)
  await expect(page.getByTestId('workflow-done')).toContainText(`当前阶段：${stageAfter}`)
  await expect(page.getByTestId('header-stage')).toContainText(stageAfter)
  await shot(page, `desk-${step}-done-zh`)
}

test('write → submit → approve ×4 → published in the Chinese admin, every page in Chinese, with the board', async ({ browser, request }) => {
  test.setTimeout(240_000)
  const started = Date.now()
  const title = `算力治理观察 ${stamp}`
  const { issue } = await draftIssue(request, {
    stamp,
    title,
    headline: `算力出口管制 ${stamp}`,
    body: paragraphsToLexical(['2024年5月,兰德公司发布报告,讨论算力出口管制。']),
  })

  // Write: the editor retitles the draft in the admin and saves it.
  const editor = await signedIn(browser, 'editor@example.com')
  await editor.goto(`/admin/collections/issues/${issue.id}`)
  await editor.locator('#field-title').fill(`${title} 修订`)
  await editor.getByRole('button', { name: '保存草稿' }).click()
  await expect(editor.locator('.payload-toast-container')).toContainText(/成功|已保存/)
  await expect(editor.getByTestId('header-stage')).toHaveText('阶段：草稿')
  await expectNoEnglish(editor, 'the written draft', [stamp])
  await shot(editor, 'desk-1-write-zh')

  await approveInPanel(editor, issue.id, '提交审核', '提交后进入审核，由审核人处理；审核期间您不能再修改正文。', '审核', '2-submit')
  await approveInPanel(await signedIn(browser, 'reviewer@example.com'), issue.id, '通过', '通过后进入排版。', '排版', '3-review')

  // The board: the issue waits in 终审 after layout; the layout editor acts from the board.
  const layout = await signedIn(browser, 'layout@example.com')
  await layout.goto('/admin/board')
  const card = layout.getByTestId('board-column-layout').getByTestId('board-card').filter({ hasText: stamp })
  await expect(card).toBeVisible()
  await expectNoEnglish(layout, 'the board', [stamp, ...(await issueTitleWords(layout))])
  await shot(layout, 'desk-4-board-zh')
  await card.getByRole('button', { name: '通过', exact: true }).click()
  const confirm = layout.locator('dialog[open]')
  await expect(confirm.getByTestId('board-consequence')).toHaveText('通过后进入终审。')
  await confirm.getByRole('button', { name: '通过', exact: true }).click()
  await expect(layout.locator('.payload-toast-container')).toContainText('已通过，当前阶段：终审')
  await expect(layout.getByTestId('board-column-final').getByTestId('board-card').filter({ hasText: stamp })).toBeVisible()
  await shot(layout, 'desk-4-board-after-zh')
  // "Mine" includes what one signed off: the layout editor is neither author nor assignee of this issue.
  await layout.getByTestId('board-mine').click()
  await expect(layout).toHaveURL(/mine=1/)
  await expect(layout.getByTestId('board-column-final').getByTestId('board-card').filter({ hasText: stamp })).toBeVisible()
  await shot(layout, 'desk-4-board-mine-zh')

  const finalText = '通过后记录您的终审签发；全部终审人通过后即发布（设定了发布时间则按时发布）。'
  await approveInPanel(await signedIn(browser, 'final1@example.com'), issue.id, '通过', finalText, '终审', '5-final1')
  const final2 = await signedIn(browser, 'final2@example.com')
  await approveInPanel(final2, issue.id, '通过', finalText, '已发布', '6-final2')
  await expect(final2.getByTestId('workflow-signoffs')).toContainText(/审核 · 演示审核 · \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/)
  await final2.locator('#field-signoffs').getByRole('button').first().click().catch(() => undefined)
  await expect(final2.getByTestId('signoff-row').first()).toHaveText(/^(审核|排版|终审) · \S+ · \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/)
  await shot(final2, 'desk-6-published-zh')

  const board = await signedIn(browser, 'admin@example.com')
  await board.goto('/admin/board')
  await expect(board.getByTestId('board-column-published').getByTestId('board-card').filter({ hasText: stamp })).toBeVisible()
  await shot(board, 'desk-7-board-published-zh')
  test.info().annotations.push({ type: 'timing', description: `write → published: ${Date.now() - started} ms` })
  console.log(`[timing] write → submit → approve ×4 → published: ${Date.now() - started} ms`)

  // The same screens in English.
  const english = await signedInEnglish(browser, 'admin@example.com')
  await english.goto(`/admin/collections/issues/${issue.id}`)
  await expect(english.getByTestId('header-stage')).toHaveText('Stage：Published')
  await shot(english, 'desk-issue-en')
  await english.goto('/admin/board')
  await expect(english.getByRole('heading', { name: 'Issue board' })).toBeVisible()
  await shot(english, 'desk-board-en')
})

test('the board sends an issue back with a comment, after a confirmation saying what follows', async ({ browser, request }) => {
  const sent = `${stamp}s`
  const { issue } = await draftIssue(request, { stamp: sent, title: `退回测试 ${sent}`, headline: `退回 ${sent}`, body: paragraphsToLexical(['2024年5月,兰德公司发布报告。']) })
  const token = await apiToken(request, 'editor@example.com')
  const submitted = await request.post(`/api/issues/${issue.id}/workflow`, { headers: { Authorization: `JWT ${token}` }, data: { action: 'submit' } })
  expect(submitted.status(), await submitted.text()).toBe(200)

  const reviewer = await signedIn(browser, 'reviewer@example.com')
  await reviewer.goto('/admin/board')
  const card = reviewer.getByTestId('board-column-review').getByTestId('board-card').filter({ hasText: sent })
  await card.getByRole('button', { name: '退回', exact: true }).click()
  const confirm = reviewer.locator('dialog[open]')
  await expect(confirm.getByTestId('board-consequence')).toHaveText('退回后回到草稿，本修订版的签发全部作废。')
  // Sending back needs a comment: the button waits for one.
  await expect(confirm.getByRole('button', { name: '退回', exact: true })).toBeDisabled()
  await confirm.locator('textarea').fill('第二段的数据来源请核对。')
  await expectNoEnglish(reviewer, 'the board’s send-back confirmation', [sent, ...(await issueTitleWords(reviewer))])
  await shot(reviewer, 'desk-board-send-back-confirm-zh')
  await confirm.getByRole('button', { name: '退回', exact: true }).click()
  await expect(reviewer.locator('.payload-toast-container')).toContainText('已退回，当前阶段：草稿')
  await expect(reviewer.getByTestId('board-column-draft').getByTestId('board-card').filter({ hasText: sent })).toBeVisible()
  await shot(reviewer, 'desk-board-send-back-done-zh')
  const stage = await request.get(`/api/issues/${issue.id}/workflow`, { headers: { Authorization: `JWT ${token}` } })
  expect(((await stage.json()) as { stage: string }).stage).toBe('draft')

  // The same confirmation in English, on an issue the admin may reopen.
  await publishThroughChain(request, issue.id)
  const english = await signedInEnglish(browser, 'admin@example.com')
  await english.goto('/admin/board')
  await english.getByTestId('board-column-published').getByTestId('board-card').filter({ hasText: sent }).getByRole('button', { name: 'Reopen for a correction', exact: true }).click()
  await expect(english.locator('dialog[open]').getByTestId('board-consequence')).toContainText('Reopened, a new draft revision starts')
  await shot(english, 'desk-board-reopen-confirm-en')
})

test('an article lists the issues that carry it, with their stage', async ({ browser, request }) => {
  const { article } = await draftIssue(request, { stamp: `${stamp}a`, title: `文章所在期刊 ${stamp}`, headline: `所在期刊 ${stamp}`, body: paragraphsToLexical(['正文。']) })
  const editor = await signedIn(browser, 'editor@example.com')
  await editor.goto(`/admin/collections/articles/${article.id}`)
  await expect(editor.getByTestId('article-issues')).toContainText(`文章所在期刊 ${stamp} · 草稿`)
  // One status in the header, as on issues: the stage of the issue that carries it, not Payload's 状态.
  await expect(editor.getByTestId('header-stage')).toHaveText('阶段：草稿')
  await expect(editor.locator('.doc-controls')).not.toContainText('状态')
  await expect(editor.locator('.zhiku-publish-hint')).toHaveText('文章随所在期刊发布：见右侧「所在期刊」。')
  await expectNoEnglish(editor, 'the article page', [stamp, `${stamp}a`])
  await shot(editor, 'desk-article-zh')
  const english = await signedInEnglish(browser, 'editor@example.com')
  await english.goto(`/admin/collections/articles/${article.id}`)
  await expect(english.getByTestId('article-issues')).toContainText('Draft')
  await expect(english.getByTestId('header-stage')).toHaveText('Stage：Draft')
  await shot(english, 'desk-article-en')
})

test('signing in and saving work at 127.0.0.1 as at localhost; another origin is refused in the admin’s language', async ({ browser, request, baseURL }) => {
  const port = new URL(baseURL!).port
  const at = `http://127.0.0.1:${port}`
  const context = await browser.newContext({ locale: 'zh-CN', baseURL: at })
  const page = await context.newPage()
  await page.goto(`${at}/admin/login`)
  await page.locator('#field-email').fill('editor@example.com')
  await page.locator('#field-password').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: '登录' }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
  await shot(page, 'desk-signed-in-at-127-zh')

  const login = (headers: Record<string, string>) =>
    request.post(`${at}/api/users/login`, { headers, data: { email: 'editor@example.com', password: DEMO_PASSWORD } })
  expect((await login({ Origin: at })).status()).toBe(200)
  const refused = await login({ Origin: 'http://evil.example', 'Accept-Language': 'zh-CN,zh;q=0.9' })
  expect(refused.status()).toBe(403)
  expect(((await refused.json()) as { errors: { message: string }[] }).errors[0]!.message).toBe('修改数据的请求必须来自本站，不能来自 http://evil.example。请在本站自己的地址打开后台。')
  const refusedEn = await login({ Origin: 'http://evil.example', Cookie: 'payload-lng=en' })
  expect(((await refusedEn.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/^Requests that change data must come from this site, not http:\/\/evil\.example\./)
  // Another port of the same host is another origin.
  expect((await login({ Origin: `http://127.0.0.1:${Number(port) + 1}` })).status()).toBe(403)
  await context.close()
})
