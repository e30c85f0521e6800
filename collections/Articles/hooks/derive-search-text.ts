import type { CollectionBeforeChangeHook } from 'payload'

import type { Article } from '../../../payload-types'
import { lexicalToPlainText, type LexicalDocument } from '../../../src/richtext/lexical-json'

/** Keeps a plain-text copy of headline and body, so the site can search with the database's `contains`. */
export const deriveSearchText: CollectionBeforeChangeHook<Article> = ({ data, originalDoc }) => {
  const headline = data.headline ?? originalDoc?.headline ?? ''
  const body = (data.body ?? originalDoc?.body) as LexicalDocument | undefined
  return { ...data, searchText: `${headline}\n${lexicalToPlainText(body)}` }
}
