import { createHash } from 'node:crypto'

import type { RegistryEntry } from './think-tank-registry'

/** The fields of a think tank the registry ships; an admin may edit any of them. */
export const REGISTRY_FIELDS = ['name', 'nameEn', 'acronym', 'country', 'domains', 'nameVariants', 'nameEnVariants'] as const
export type RegistryField = (typeof REGISTRY_FIELDS)[number]
export type RegistryValues = {
  name: string
  nameEn: string
  acronym: string | null
  country: string | null
  domains: string[]
  nameVariants: string[]
  nameEnVariants: string[]
}

/** A think-tank record as the loader sees it: its values, and the registry entry last applied to it. */
export type StoredThinkTank = {
  id: number | string
  slug: string
  registryKey?: string | null
  /** The shipped values last written (what the record held before any admin edit). */
  registryValues?: Partial<RegistryValues> | null
} & { [K in RegistryField]?: RegistryValues[K] | null }

export type RegistryLoadStep =
  | { kind: 'create'; key: string; slug: string; values: RegistryValues }
  | { kind: 'update'; id: number | string; key: string; data: Partial<RegistryValues>; shipped: RegistryValues }

export const registryValues = (entry: RegistryEntry): RegistryValues => ({
  name: entry.name,
  nameEn: entry.nameEn,
  acronym: entry.acronym,
  country: entry.country,
  domains: [...entry.domains],
  nameVariants: [...entry.nameVariants],
  nameEnVariants: [...entry.nameEnVariants],
})

const canonical = (value: unknown): string => JSON.stringify(Array.isArray(value) ? value : (value ?? null))
const same = (a: unknown, b: unknown) => canonical(a ?? (Array.isArray(b) ? [] : null)) === canonical(b ?? (Array.isArray(a) ? [] : null))

/** A short version id of a shipped entry (stored per record; a changed line in the registry changes it). */
export const registryVersion = (values: RegistryValues): string =>
  createHash('sha256').update(REGISTRY_FIELDS.map((field) => canonical(values[field])).join('\n')).digest('hex').slice(0, 16)

/**
 * What loading the registry changes. New entries are created (or adopt a record with the same slug,
 * typed in by hand before, filling only its empty fields). For an entry loaded before, each field the
 * admin has not changed since (it still equals the shipped value last applied) takes the new shipped
 * value; fields the admin edited stay as they are. Entries whose shipped values did not change
 * cost nothing. Pure: the caller writes the steps.
 */
export function planRegistryLoad(registry: readonly RegistryEntry[], stored: readonly StoredThinkTank[]): RegistryLoadStep[] {
  const byKey = new Map(stored.filter((tank) => tank.registryKey).map((tank) => [tank.registryKey!, tank]))
  const bySlug = new Map(stored.map((tank) => [tank.slug, tank]))
  const steps: RegistryLoadStep[] = []
  const adopted = new Set<number | string>()
  for (const entry of registry) {
    const shipped = registryValues(entry)
    const loaded = byKey.get(entry.slug)
    if (loaded) {
      const before = loaded.registryValues ?? {}
      if (REGISTRY_FIELDS.every((field) => field in before) && registryVersion(before as RegistryValues) === registryVersion(shipped)) continue
      const data: Partial<RegistryValues> = {}
      for (const field of REGISTRY_FIELDS) {
        const untouched = !(field in before) || same(loaded[field], before[field])
        if (untouched && !same(loaded[field], shipped[field])) (data as Record<string, unknown>)[field] = shipped[field]
      }
      steps.push({ kind: 'update', id: loaded.id, key: entry.slug, data, shipped })
      continue
    }
    const handMade =
      bySlug.get(entry.slug) ?? stored.find((tank) => !tank.registryKey && (tank.domains ?? []).some((domain) => entry.domains.includes(domain)))
    if (handMade && !handMade.registryKey && !adopted.has(handMade.id)) {
      adopted.add(handMade.id)
      const data: Partial<RegistryValues> = {}
      for (const field of REGISTRY_FIELDS) {
        const current = handMade[field]
        const empty = current == null || current === '' || (Array.isArray(current) && current.length === 0)
        if (empty && !same(current, shipped[field])) (data as Record<string, unknown>)[field] = shipped[field]
      }
      // Typed values that differ from the registry's now count as admin edits and stay on later updates.
      steps.push({ kind: 'update', id: handMade.id, key: entry.slug, data, shipped })
      continue
    }
    steps.push({ kind: 'create', key: entry.slug, slug: entry.slug, values: shipped })
  }
  return steps
}
