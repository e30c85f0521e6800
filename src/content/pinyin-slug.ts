import { pinyin } from 'pinyin-pro'

import { slugify } from '../validation/slug'

const HAN = /\p{Script=Han}/u

/**
 * A readable URL slug from a title in any mix of Chinese and Latin text: each Chinese character becomes
 * its toneless pinyin syllable (ü as v), Latin words and digits stay as written, everything lower case
 * and joined by hyphens: 人工智能安全 CSIS 报告 → ren-gong-zhi-neng-an-quan-csis-bao-gao. At most
 * `maxLength` characters, cut at a hyphen. Empty when the title has no letter or digit.
 */
export function pinyinSlug(title: string, maxLength = 80): string {
  const latin = HAN.test(title)
    ? pinyin(title, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }).join(' ')
    : title
  const slug = slugify(latin)
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
