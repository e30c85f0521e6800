import { setTimeout as sleep } from 'node:timers/promises'

import type { Payload } from 'payload'

import { SLUGS } from '../../src/collection-slugs'
import { MAX_REQUESTS_PER_HOST } from './host-slots'

/** Runs `work` holding one of a host's slots; `signal` gives up the wait (the feed's deadline). */
export type HostSlotGate = <T>(host: string, signal: AbortSignal, work: () => Promise<T>) => Promise<T>

type Options = {
  limit?: number
  /** How long a slot stays taken when its holder dies without freeing it. */
  leaseMs?: number
  /** How often a request waiting for another instance's slot looks again. */
  retryMs?: number
}

/** A unique-key refusal, as every adapter reports it (Payload's ValidationError naming the field). */
const isTaken = (error: unknown): boolean => {
  const errors = (error as { data?: { errors?: Array<{ path?: string }> } } | null)?.data?.errors
  return Array.isArray(errors) && errors.some((entry) => entry.path === 'key')
}

/**
 * At most `limit` requests at once per host across every process on the database: a request takes
 * one of the host's slot rows (unique keys `host#0`, `host#1`), frees it when done, and waits while all
 * are taken. A slot whose holder died is free again once its lease has passed.
 */
export function databaseHostSlots(payload: Payload, { limit = MAX_REQUESTS_PER_HOST, leaseMs = 25_000, retryMs = 100 }: Options = {}): HostSlotGate {
  const take = async (host: string, signal: AbortSignal): Promise<number | string> => {
    for (;;) {
      for (let slot = 0; slot < limit; slot += 1) {
        try {
          const row = await payload.create({
            collection: SLUGS.watchHostSlots,
            data: { key: `${host}#${slot}`, host, expiresAt: new Date(Date.now() + leaseMs).toISOString() },
            depth: 0,
          })
          return row.id
        } catch (error) {
          if (!isTaken(error)) throw error
        }
      }
      await payload.delete({
        collection: SLUGS.watchHostSlots,
        where: { and: [{ host: { equals: host } }, { expiresAt: { less_than: new Date().toISOString() } }] },
        depth: 0,
      })
      await sleep(retryMs, undefined, { signal })
    }
  }
  return async (host, signal, work) => {
    const key = host.toLowerCase()
    const id = await take(key, signal)
    try {
      return await work()
    } finally {
      await payload.delete({ collection: SLUGS.watchHostSlots, id, depth: 0 })
    }
  }
}

const gates = new WeakMap<Payload, HostSlotGate>()

/** The database's host slots of this Payload instance (one gate per instance). */
export function hostSlotsOf(payload: Payload): HostSlotGate {
  let gate = gates.get(payload)
  if (!gate) {
    gate = databaseHostSlots(payload)
    gates.set(payload, gate)
  }
  return gate
}
