import { expect, test } from './test'

test('an anonymous reader opens the home page and reads the demo issue', async ({ page }) => {
  await page.goto('/')
  // The latest issue's card gives its date.
  await expect(page.locator('section.latest .meta time')).toHaveText(/^\d{4}-\d{2}-\d{2}$/)
  const link = page.getByRole('link', { name: '中美人工智能治理标准的制度竞争' })
  await expect(link).toBeVisible()
  await link.click()
  await expect(page).toHaveURL(/\/issues\/ai-governance-standards-competition$/)

  await expect(page.getByRole('heading', { level: 1, name: '中美人工智能治理标准的制度竞争' })).toBeVisible()
  await expect(page.getByText('随着人工智能技术在全球范围的迅猛发展', { exact: false })).toBeVisible()

  const sections = page.locator('section.issue-section')
  await expect(sections).toHaveCount(2)
  await expect(sections.nth(0).getByRole('heading', { level: 2 })).toContainText('美国战略与国际研究中心')
  await expect(sections.nth(0).getByRole('heading', { level: 2 })).toContainText('CSIS')
  await expect(sections.nth(0).getByRole('heading', { level: 2 })).toContainText('美国推动ai标准的法律基础与国际结构战略')
  await expect(sections.nth(1).getByRole('heading', { level: 2 })).toContainText('卡内基国际和平基金会')
  await expect(sections.nth(1)).toContainText('oliver guest与kevin wei联合撰写')

  const references = page.locator('section.references li')
  await expect(references).toHaveCount(2)
  // The report's title is the link; the address follows it.
  await expect(references.nth(0).getByRole('link')).not.toHaveText(/^https?:/)
  await expect(references.nth(0).locator('.reference-url')).toHaveText(/^https:\/\/www\.csis\.org\//)
  await expect(references.nth(0).getByRole('link')).toHaveAttribute(
    'href',
    'https://www.csis.org/analysis/understanding-us-allies-legal-authorities-export-controls-ai-and-semiconductors',
  )
  await expect(references.nth(1).getByRole('link')).toHaveAttribute(
    'href',
    'https://carnegieendowment.org/research/2025/02/chinas-approach-to-regulating-generative-ai',
  )

  const credits = page.locator('footer.credits p')
  await expect(credits).toHaveText(['审核：赵杨博', '排版：李森（北京工商大学）', '终审：梁正、鲁俊群'])

  const hash = await page.locator('meta[name="zhiku-release-hash"]').getAttribute('content')
  expect(hash).toMatch(/^[0-9a-f]{64}$/)
  const fingerprint = page.locator('.release-fingerprint a')
  await expect(fingerprint).toHaveText(hash!.slice(0, 12))
  await expect(fingerprint).toHaveAttribute('href', /^\/api\/issues\/[^/]+\/release$/)
  expect((await page.goto('/issues/ai-governance-standards-competition/r/1'))?.status()).toBe(200)
  await expect(page.locator('meta[name="zhiku-release-hash"]')).toHaveAttribute('content', hash!)
  expect((await page.goto('/issues/ai-governance-standards-competition/r/99'))?.status()).toBe(404)
})

test('a missing issue answers 404 with a way back', async ({ page }) => {
  const response = await page.goto('/issues/no-such-issue')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('link', { name: '返回首页' })).toBeVisible()
})
