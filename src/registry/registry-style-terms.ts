import { THINK_TANK_REGISTRY, type RegistryEntry } from './think-tank-registry'

/* Acronyms that are also ordinary words or common abbreviations: checking their case would flag prose. */
const ORDINARY = new Set(['CAP', 'CSS', 'IFS', 'SPF', 'ODI', 'NRI', 'EPI', 'CNA', 'FES', 'DRC', 'BIS', 'NSD', 'CPR', 'KEI'])

/** Terms whose spelling the style check can take from the registry: acronyms and English names. */
export function registryStyleTerms(registry: readonly RegistryEntry[] = THINK_TANK_REGISTRY): string[] {
  const terms = new Set<string>()
  for (const entry of registry) {
    if (entry.acronym && !ORDINARY.has(entry.acronym.toUpperCase()) && /^[A-Za-z][A-Za-z0-9-]{2,}$/.test(entry.acronym)) terms.add(entry.acronym)
    if (/\s/.test(entry.nameEn)) terms.add(entry.nameEn)
  }
  return [...terms]
}
