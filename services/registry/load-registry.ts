import type { Payload, PayloadRequest } from 'payload'

import { SLUGS } from '../../src/collection-slugs'
import { planRegistryLoad, type RegistryValues, type StoredThinkTank } from '../../src/registry/plan-registry-load'
import { THINK_TANK_REGISTRY } from '../../src/registry/think-tank-registry'

export type RegistryLoadReport = { created: number; updated: number; unchanged: number }

/**
 * Brings `think-tanks` up to the shipped registry (src/registry): creates new entries, updates the
 * fields of earlier ones that no admin changed, leaves admins' edits alone. Idempotent, and one read
 * when nothing changed. Runs as the system (it is the installation's own data, not a person's act):
 * at every start, after the migrations (services/startup.ts).
 */
export async function loadThinkTankRegistry(payload: Payload, req?: PayloadRequest): Promise<RegistryLoadReport> {
  const context = { disableRevalidate: true }
  const { docs } = await payload.find({ collection: SLUGS.thinkTanks, depth: 0, pagination: false, req, context })
  const stored: StoredThinkTank[] = docs.map((doc) => ({
    id: doc.id,
    slug: doc.slug,
    registryKey: doc.registryKey,
    registryValues: (doc.registryValues ?? null) as Partial<RegistryValues> | null,
    name: doc.name,
    nameEn: doc.nameEn,
    acronym: doc.acronym ?? null,
    country: doc.country ?? null,
    domains: doc.domains ?? [],
    nameVariants: doc.nameVariants ?? [],
    nameEnVariants: doc.nameEnVariants ?? [],
  }))
  const steps = planRegistryLoad(THINK_TANK_REGISTRY, stored)
  let created = 0
  for (const step of steps) {
    if (step.kind === 'create') {
      await payload.create({
        collection: SLUGS.thinkTanks,
        data: { ...step.values, slug: step.slug, registryKey: step.key, registryValues: step.values },
        req,
        context,
      })
      created += 1
    } else {
      await payload.update({
        collection: SLUGS.thinkTanks,
        id: step.id,
        data: { ...step.data, registryKey: step.key, registryValues: step.shipped },
        req,
        context,
      })
    }
  }
  return { created, updated: steps.length - created, unchanged: THINK_TANK_REGISTRY.length - steps.length }
}
