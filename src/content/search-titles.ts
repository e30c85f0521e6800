/**
 * The titles the admin's pickers show and search (Payload searches a relationship by the related
 * collection's `useAsTitle`): every name a person might type, in one line.
 */
const joinDistinct = (parts: (string | null | undefined)[], separator: string): string => {
  const seen = new Set<string>()
  const kept: string[] = []
  for (const part of parts) {
    const value = part?.trim()
    if (!value || seen.has(value.toLowerCase())) continue
    seen.add(value.toLowerCase())
    kept.push(value)
  }
  return kept.join(separator)
}

/** 美国战略与国际研究中心 · CSIS · Center for Strategic and International Studies */
export const thinkTankSearchTitle = (tank: { name?: string | null; acronym?: string | null; nameEn?: string | null }): string =>
  joinDistinct([tank.name, tank.acronym, tank.nameEn], ' · ')

/** The original title, then the Chinese one: Governing AI · 人工智能治理 */
export const sourceSearchTitle = (source: { title?: string | null; titleZh?: string | null }): string =>
  joinDistinct([source.title, source.titleZh], ' · ')
