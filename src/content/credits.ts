import { REVIEW_CHAIN, type ReviewChain } from '../workflow/chain'
import type { SignoffStage } from '../workflow/stages'

/** What the credits need of a sign-off: who signed which stage. Voided sign-offs are excluded. */
export type CreditSignoff = {
  /** A `SignoffStage`; sign-offs of any other stage are left out. */
  stage: string
  name: string
  affiliation?: string | null
  voided?: boolean | null
}

export type CreditLine<S extends string = SignoffStage> = { stage: S; label: string; people: string }

const personCredit = (signoff: CreditSignoff): string =>
  signoff.affiliation ? `${signoff.name}（${signoff.affiliation}）` : signoff.name

/**
 * The credits block of a published issue, built from its sign-offs: one line per stage in chain
 * order (审核, 排版, 终审) under the stage's credit label, names in signing order joined with 、,
 * affiliation in parentheses.
 */
export function buildCreditsOn<S extends string>(chain: ReviewChain<S>, signoffs: readonly CreditSignoff[]): CreditLine<S>[] {
  const lines: CreditLine<S>[] = []
  for (const { stage, creditLabel } of chain) {
    const names: string[] = []
    for (const signoff of signoffs) {
      if (signoff.stage !== stage || signoff.voided) continue
      const credit = personCredit(signoff)
      if (!names.includes(credit)) names.push(credit)
    }
    if (names.length > 0) lines.push({ stage, label: creditLabel, people: names.join('、') })
  }
  return lines
}

export const buildCredits = (signoffs: readonly CreditSignoff[]): CreditLine[] => buildCreditsOn(REVIEW_CHAIN, signoffs)

export const formatCreditLine = (line: CreditLine<string>): string => `${line.label}：${line.people}`
