import { pinyin } from 'pinyin-pro'

import { slugify } from '../validation/slug'

const HAN = /\p{Script=Han}/u

const WORDS = new Intl.Segmenter('zh', { granularity: 'word' })

/** Chinese words as the platform's dictionary splits them; runs of single characters (智|库) paired up. */
function chineseWords(text: string): string[] {
  const words: string[] = []
  let singles: string[] = []
  const flush = () => {
    for (let index = 0; index < singles.length; index += 2) words.push(singles.slice(index, index + 2).join(''))
    singles = []
  }
  for (const { segment, isWordLike } of WORDS.segment(text)) {
    if (!isWordLike) {
      flush()
      words.push(segment)
    } else if ([...segment].length === 1 && HAN.test(segment)) {
      singles.push(segment)
    } else {
      flush()
      words.push(segment)
    }
  }
  flush()
  return words
}

/**
 * A readable URL slug for text in Chinese, English or both: each Chinese word as toneless pinyin (ü as v),
 * words as the platform's word segmentation (Intl.Segmenter) finds them (海外智库观察 → haiwai-zhiku-guancha,
 * 人工智能安全 → rengong-zhineng-anquan), Latin words and digits as written, lower case, joined by hyphens.
 * At most `maxLength` characters, cut at a hyphen. Empty when nothing readable is left.
 */
export function pinyinSlug(text: string, maxLength = 80): string {
  const spelled = chineseWords(text.normalize('NFKC')).map((word) =>
    HAN.test(word) ? ` ${pinyin(word, { toneType: 'none', v: true, type: 'array', nonZh: 'consecutive' }).join('')} ` : word,
  )
  // Pinyin words come spaced; slugify turns spaces and punctuation into hyphens and keeps Latin words whole.
  const slug = slugify(spelled.join(''))
  if (slug.length <= maxLength) return slug
  const cut = slug.slice(0, maxLength + 1)
  const lastHyphen = cut.lastIndexOf('-')
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-+$/, '')
}

/**
 * The first of `base`, `base-2`, `base-3`… that `isTaken` says is free: a slug made from a title that
 * another record already has still gets a readable, unique one.
 */
export async function firstFreeSlug(base: string, isTaken: (slug: string) => Promise<boolean> | boolean, maxTries = 50): Promise<string | null> {
  for (let n = 1; n <= maxTries; n += 1) {
    const candidate = n === 1 ? base : `${base}-${n}`
    if (!(await isTaken(candidate))) return candidate
  }
  return null
}
