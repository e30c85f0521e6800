import { keptPerObject } from '../content/kept-per-object'
import { namesOf } from './think-tank-names'
import type { CheckedThinkTank } from './types'

type Name<T> = { name: string; tank: T; latin: boolean }

const namesOfList = keptPerObject((thinkTanks: readonly CheckedThinkTank[]): Name<CheckedThinkTank>[] =>
  thinkTanks
    .flatMap((tank) => namesOf(tank).map((name) => ({ name: name.normalize('NFKC').toLowerCase(), tank, latin: /[a-z0-9]$/i.test(name) })))
    .filter((entry) => entry.name.length >= 2)
    .sort((a, b) => b.name.length - a.name.length),
)

/** Every name of every think tank, longest first (so 美国战略与国际研究中心 wins over a shorter name inside it). */
const namesByLength = <T extends CheckedThinkTank>(thinkTanks: readonly T[]): Name<T>[] => namesOfList(thinkTanks) as Name<T>[]

/** The first sentence of a section's body: where its report is introduced ("2025年3月，兰德公司发布…"). */
const firstSentence = (body: string) => (body.trim().split('\n')[0] ?? '').split(/[。！？!?]|\.\s/)[0] ?? ''

// What may come before the publisher: a date and a word for "recently", in Chinese or English.
const LEAD_ZH = /^(?:\d{4}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?(?:\s*(?:上旬|中旬|下旬|初|底|末))?\s*[，,、]?\s*)?(?:近日|日前|近期|最近)?\s*[，,]?\s*/
const LEAD_EN = /^(?:(?:in|on)\s+(?:[a-z]+\s+)?(?:\d{1,2}\s+)?(?:[a-z]+\s+)?\d{4}\s*,?\s*)?(?:recently\s*,?\s*)?(?:the\s+)?/i
// The verb that makes it the publisher, close after its name with no clause between.
const PUBLISHED_ZH = /^[^，,；;。：:“”"]{0,40}?(?:发布|发表|推出|公布|出版|刊发)/
const PUBLISHED_EN = /^[^,;.:"]{0,60}?\b(?:published|released|issued|put out)\b/i

/**
 * The think tank a section's body says published its report: the subject of its first sentence
 * ("2025年3月，兰德公司发布…", "In March 2025, RAND published…"), named by any of its names. A think
 * tank merely mentioned, quoted or compared ("据…", "与…相比", "…指出，另一家发布…") is no publisher;
 * co-publishers ("A与B联合发布") are all returned.
 */
export function reportPublishers<T extends CheckedThinkTank>(body: string, thinkTanks: readonly T[]): T[] {
  const sentence = firstSentence(body).normalize('NFKC')
  const lower = sentence.toLowerCase()
  const list = namesByLength(thinkTanks)
  const nameAt = (at: number): Name<T> | undefined =>
    list.find((entry) => lower.startsWith(entry.name, at) && !(entry.latin && /[a-z0-9]/i.test(lower[at + entry.name.length] ?? '')) && !(/[a-z0-9]/i.test(lower[at - 1] ?? '') && /^[a-z0-9]/i.test(entry.name)))
  for (const [lead, published] of [
    [LEAD_ZH, PUBLISHED_ZH],
    [LEAD_EN, PUBLISHED_EN],
  ] as const) {
    let at = lead.exec(lower)?.[0].length ?? 0
    const publishers: T[] = []
    // "A与B联合发布", "A and B published": every name joined by 与/和/及/、/and before the verb.
    for (;;) {
      const named = nameAt(at)
      if (!named) break
      publishers.push(named.tank)
      at += named.name.length
      const acronym = /^\s*[（(][^）)]{1,20}[）)]/.exec(lower.slice(at))
      if (acronym) at += acronym[0].length
      const joiner = /^\s*(?:与|和|及|、|and\s+(?:the\s+)?|&\s*)\s*/.exec(lower.slice(at))
      if (!joiner || !nameAt(at + joiner[0].length)) break
      at += joiner[0].length
    }
    if (publishers.length > 0 && published.test(lower.slice(at))) return publishers
  }
  return []
}
