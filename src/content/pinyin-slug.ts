import { pinyin } from 'pinyin-pro'

import { slugify } from '../validation/slug'

const HAN = /\p{Script=Han}/u

/**
 * A readable URL slug for text in Chinese, English or both: Chinese as toneless pinyin, two
 * characters to a word (most Chinese words are two characters: 海外智库观察 → haiwai-zhiku-guancha),
 * Latin words and digits as written, joined by hyphens. Empty when nothing readable is left.
 */
export function pinyinSlug(text: string): string {
  const words: string[] = []
  let run: string[] = []
  const flush = () => {
    for (let index = 0; index < run.length; index += 2) words.push(` ${run.slice(index, index + 2).join('')} `)
    run = []
  }
  for (const char of text.normalize('NFKC')) {
    if (HAN.test(char)) {
      run.push(pinyin(char, { toneType: 'none', v: true }))
      continue
    }
    flush()
    words.push(char)
  }
  flush()
  // Pinyin words come spaced; slugify turns spaces and punctuation into hyphens and keeps Latin words whole.
  return slugify(words.join(''))
}
