import type { TextField } from 'payload'

import { bilingual } from '../../src/i18n/bilingual'
import { isSlug, slugify } from '../../src/validation/slug'

/**
 * The unique URL slug of a document. When left empty it is made from `fromField` (Latin text only;
 * a Chinese title gives no slug, so the editor is asked for one).
 */
export const slugField = (fromField?: string): TextField => ({
  name: 'slug',
  type: 'text',
  label: bilingual('网址别名', 'Slug'),
  required: true,
  unique: true,
  index: true,
  admin: {
    position: 'sidebar',
    description: bilingual(
      '小写字母、数字和连字符，如 csis-ai-standards',
      'Lower-case letters, digits and hyphens, e.g. csis-ai-standards',
    ),
  },
  hooks: {
    beforeValidate: [
      ({ value, siblingData }: { value?: unknown; siblingData?: Record<string, unknown> }) => {
        if (typeof value === 'string' && value.trim() !== '') return value.trim()
        const source = fromField ? siblingData?.[fromField] : undefined
        return typeof source === 'string' && slugify(source) !== '' ? slugify(source) : value
      },
    ],
  },
  validate: (value: string | null | undefined, { siblingData }: { siblingData: Record<string, unknown> }) => {
    if (value == null || value === '') {
      // Left empty, the slug is made on save from fromField; only ask when that gives none.
      const source = fromField ? siblingData?.[fromField] : undefined
      if (typeof source === 'string' && slugify(source) !== '') return true
      return '请填写网址别名 (A slug is required)'
    }
    return isSlug(value) || '网址别名只能包含小写字母、数字和连字符 (Slug: lower-case letters, digits and hyphens only)'
  },
})
