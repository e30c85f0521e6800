import type { FieldHook, PayloadRequest, TextField, TypeWithID, Where } from 'payload'

import { firstFreeSlug, pinyinSlug } from '../../src/content/pinyin-slug'
import { bilingual } from '../../src/i18n/bilingual'
import { pick } from '../../src/i18n/pick'
import { isSlug } from '../../src/validation/slug'

const SLUG_TEXT = {
  description: bilingual(
    '留空则按标题自动生成（中文转为拼音），可修改；只能包含小写字母、数字和连字符',
    'Left empty, it is made from the title (Chinese as pinyin); you may edit it: lower-case letters, digits and hyphens',
  ),
  required: bilingual('请填写网址别名，或先填写标题', 'Give a slug, or a title to make one from'),
  pattern: bilingual('网址别名只能包含小写字母、数字和连字符', 'A slug has lower-case letters, digits and hyphens only'),
  noFreeSlug: bilingual('无法生成不重复的网址别名，请手动填写', 'No unused slug could be made from the title: type one'),
}

/** Whether another record of the collection already has this slug (drafts included). */
const slugTaken = async (req: PayloadRequest, collection: string, slug: string, ownId: unknown): Promise<boolean> => {
  const where: Where = typeof ownId === 'number' || typeof ownId === 'string' ? { and: [{ slug: { equals: slug } }, { id: { not_equals: ownId } }] } : { slug: { equals: slug } }
  // The signed-in person's own view when a person saves; a system save (import, registry) sees all.
  const { totalDocs } = await req.payload.count({ collection: collection as 'issues', where, req, user: req.user, overrideAccess: !req.user })
  return totalDocs > 0
}

/**
 * The unique URL slug of a document, shown in the sidebar and editable. Left empty it is made from
 * `fromField` (pinyin for Chinese: 人工智能 → rengong-zhineng), with -2, -3… when taken; once set it
 * is never regenerated, so a published address stays stable when the title changes.
 */
export const slugField = (fromField?: string): TextField => {
  const fillSlug: FieldHook<TypeWithID, unknown, Record<string, unknown>> = async ({ value, siblingData, req, collection, originalDoc }) => {
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
    const source: unknown = fromField ? siblingData?.[fromField] : undefined
    const base = typeof source === 'string' ? pinyinSlug(source) : ''
    if (base === '' || !collection) return value
    return (await firstFreeSlug(base, (candidate) => slugTaken(req, collection.slug, candidate, originalDoc?.id))) ?? value
  }
  return {
    name: 'slug',
    type: 'text',
    label: bilingual('网址别名', 'Slug'),
    required: true,
    unique: true,
    index: true,
    admin: { position: 'sidebar', description: SLUG_TEXT.description },
    hooks: { beforeValidate: [fillSlug] },
    validate: (value: string | null | undefined, { siblingData, req }: { siblingData: Record<string, unknown>; req: PayloadRequest }) => {
      const language = req?.i18n?.language
      if (value == null || value === '') {
        // Left empty, the slug is made on save from fromField; only ask when that gives none.
        const source = fromField ? siblingData?.[fromField] : undefined
        if (typeof source === 'string' && pinyinSlug(source) !== '') return true
        return pick(SLUG_TEXT.required, language)
      }
      return isSlug(value) || pick(SLUG_TEXT.pattern, language)
    },
  }
}
