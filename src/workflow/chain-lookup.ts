import type { Bilingual } from '../i18n/bilingual'
import { FIXED_STAGE_LABELS, type ChainStep, type FixedStage, type ReviewChain, type StageOf } from './chain'

const isFixedStage = (value: unknown): value is FixedStage => typeof value === 'string' && value in FIXED_STAGE_LABELS

/** The chain step of `stage`, or undefined outside the chain (draft, scheduled, published). */
export const stepIn = <S extends string>(chain: ReviewChain<S>, stage: string): ChainStep<S> | undefined =>
  chain.find((step) => step.stage === stage)

/** The chain step of a sign-off stage `S` (always there: `S` names the chain's stages). */
export function stepOf<S extends string>(chain: ReviewChain<S>, stage: S): ChainStep<S> {
  const step = stepIn(chain, stage)
  if (!step) throw new Error(`"${stage}" is not a stage of the review chain.`)
  return step
}

/** The step after `step`, or undefined when `step` is the last (its completion publishes). */
export function nextStep<S extends string>(chain: ReviewChain<S>, step: ChainStep<S>): ChainStep<S> | undefined {
  return chain[chain.indexOf(step) + 1]
}

export function lastStep<S extends string>(chain: ReviewChain<S>): ChainStep<S> {
  const [first, ...rest] = chain
  return rest.at(-1) ?? first
}

/** Every stage in order: draft, the chain's sign-off stages, scheduled, published. */
export const stagesOf = <S extends string>(chain: ReviewChain<S>): StageOf<S>[] => [
  'draft',
  ...chain.map((step) => step.stage),
  'scheduled',
  'published',
]

export const isStageOf = <S extends string>(chain: ReviewChain<S>, value: unknown): value is StageOf<S> =>
  isFixedStage(value) || chain.some((step) => step.stage === value)

export function labelOf<S extends string>(chain: ReviewChain<S>, stage: StageOf<S>): Bilingual {
  return isFixedStage(stage) ? FIXED_STAGE_LABELS[stage] : stepOf(chain, stage).label
}

/** The sign-off stage a credit line's label names (审核 → review), if any. */
export const stageOfCreditLabel = <S extends string>(chain: ReviewChain<S>, label: string): S | undefined =>
  chain.find((step) => step.creditLabel === label)?.stage

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A credits line as written in an issue: `审核：name、name（affiliation）`; group 1 is the label, 2 the people. */
export const creditLinePattern = (chain: ReviewChain): RegExp =>
  new RegExp(`^(${chain.map((step) => escapeRegExp(step.creditLabel)).join('|')})\\s*[:：]\\s*(.+)$`)

const isComplete = <K extends string, V>(keys: readonly K[], record: Partial<Record<K, V>>): record is Record<K, V> =>
  keys.every((key) => record[key] !== undefined)

/** A record with one value per key, checked complete so that lookups need no undefined case. */
export function recordOf<K extends string, V>(keys: readonly K[], valueOf: (key: K) => V): Record<K, V> {
  const record: Partial<Record<K, V>> = {}
  for (const key of keys) record[key] = valueOf(key)
  if (!isComplete(keys, record)) throw new Error(`Missing values for ${keys.join(', ')}.`)
  return record
}
