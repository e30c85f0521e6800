import { describe, expect, it } from 'vitest'

import { SLUGS } from '../../src/collection-slugs'
import { paragraphsToLexical } from '../../src/richtext/lexical-json'
import { createThinkTank, createUser, unique } from '../helpers/factories'
import { getTestPayload } from '../helpers/payload'

describe('slugs made from titles', () => {
  it('gives a source, an article and an issue a pinyin slug when none is typed, unique and kept', async () => {
    const payload = await getTestPayload()
    const editor = await createUser(payload, ['editor'])
    const asEditor = { overrideAccess: false, user: editor } as const
    const tank = await createThinkTank(payload)
    const word = unique().replace(/\d/g, 'x')
    const source = await payload.create({
      collection: SLUGS.sources,
      data: { title: `人工智能安全 ${word}`, url: `https://${tank.domains?.[0]}/r-${word}`, thinkTank: tank.id, slug: '' },
      ...asEditor,
    })
    expect(source.slug).toBe(`rengong-zhineng-anquan-${word}`)
    const twin = await payload.create({
      collection: SLUGS.sources,
      data: { title: `人工智能安全 ${word}`, url: `https://${tank.domains?.[0]}/r2-${word}`, thinkTank: tank.id, slug: '' },
      ...asEditor,
    })
    expect(twin.slug).toBe(`rengong-zhineng-anquan-${word}-2`)

    const article = await payload.create({
      collection: SLUGS.articles,
      data: { headline: `美国的标准战略 ${word}`, thinkTank: tank.id, body: paragraphsToLexical(['正文']), sources: [source.id] },
      draft: true,
      ...asEditor,
    })
    expect(article.slug).toBe(`meiguo-de-biaozhun-zhanlve-${word}`)
    // A new title keeps the address.
    const renamed = await payload.update({ collection: SLUGS.articles, id: article.id, data: { headline: `新标题 ${word}` }, draft: true, ...asEditor })
    expect(renamed.slug).toBe(article.slug)

    const newsletter = await payload.create({ collection: SLUGS.newsletters, data: { title: `专栏 ${word}`, slug: `nl-${word}` } })
    const issue = await payload.create({
      collection: SLUGS.issues,
      data: { title: `海外智库观察 ${word}`, number: 900_000 + Math.floor(Math.random() * 90_000), newsletter: newsletter.id, articles: [article.id] },
      draft: true,
      ...asEditor,
    })
    expect(issue.slug).toBe(`haiwai-zhiku-guancha-${word}`)
  })

  it('keeps a typed slug and refuses one that is not a slug, in the admin’s language', async () => {
    const payload = await getTestPayload()
    const editor = await createUser(payload, ['editor'])
    const tank = await createThinkTank(payload)
    const slug = `typed-${unique()}`
    const source = await payload.create({
      collection: SLUGS.sources,
      data: { title: '报告', url: `https://${tank.domains?.[0]}/typed`, thinkTank: tank.id, slug },
      overrideAccess: false,
      user: editor,
    })
    expect(source.slug).toBe(slug)
    const refused = await payload
      .create({
        collection: SLUGS.sources,
        data: { title: '报告', url: `https://${tank.domains?.[0]}/bad`, thinkTank: tank.id, slug: 'Not A Slug' },
        overrideAccess: false,
        user: editor,
      })
      .then(() => null, (error: { status?: number; data?: { errors?: { message: string }[] } }) => error)
    expect(refused?.status).toBe(400)
    expect(refused?.data?.errors?.map((error) => error.message)).toEqual(['网址别名只能包含小写字母、数字和连字符'])
  })
})

describe('pickers search every name', () => {
  it('finds a think tank by its Chinese name, English name or acronym through the title the picker searches', async () => {
    const payload = await getTestPayload()
    const editor = await createUser(payload, ['editor'])
    const id = unique()
    const acronym = `Q${id.replace(/\d/g, 'Z').toUpperCase()}`
    const tank = await createThinkTank(payload, { name: `量子政策研究院${id}`, nameEn: `Institute for Quantum Policy ${id}`, acronym })
    expect(tank.searchTitle).toBe(`量子政策研究院${id} · ${acronym} · Institute for Quantum Policy ${id}`)
    for (const query of [`量子政策研究院${id}`, acronym.toLowerCase(), `Quantum Policy ${id}`]) {
      const found = await payload.find({ collection: SLUGS.thinkTanks, where: { searchTitle: { like: query } }, overrideAccess: false, user: editor })
      expect(found.docs.map((doc) => doc.id), query).toContain(tank.id)
    }
    // An edit to one name is searched at once.
    await payload.update({ collection: SLUGS.thinkTanks, id: tank.id, data: { acronym: `${acronym}X` }, overrideAccess: false, user: editor })
    const renamed = await payload.find({ collection: SLUGS.thinkTanks, where: { searchTitle: { like: `${acronym}X` } }, overrideAccess: false, user: editor })
    expect(renamed.docs.map((doc) => doc.id)).toEqual([tank.id])
  })

  it('finds the registry’s think tanks by acronym on a new database', async () => {
    const payload = await getTestPayload()
    const editor = await createUser(payload, ['editor'])
    const found = await payload.find({ collection: SLUGS.thinkTanks, where: { searchTitle: { like: 'CSIS' } }, overrideAccess: false, user: editor })
    expect(found.docs.some((doc) => doc.acronym === 'CSIS')).toBe(true)
  })

  it('finds a source by its original or its Chinese title', async () => {
    const payload = await getTestPayload()
    const editor = await createUser(payload, ['editor'])
    const tank = await createThinkTank(payload)
    const id = unique()
    const source = await payload.create({
      collection: SLUGS.sources,
      data: { title: `Compute Governance ${id}`, titleZh: `算力治理${id}`, url: `https://${tank.domains?.[0]}/c-${id}`, thinkTank: tank.id, slug: '' },
      overrideAccess: false,
      user: editor,
    })
    for (const query of [`算力治理${id}`, `compute governance ${id}`]) {
      const found = await payload.find({ collection: SLUGS.sources, where: { searchTitle: { like: query } }, overrideAccess: false, user: editor })
      expect(found.docs.map((doc) => doc.id), query).toEqual([source.id])
    }
  })
})
