import { CREDIT_LABELS, SIGNOFF_STAGES, type SignoffStage } from '../workflow/stages'

/** What the credits need of a sign-off: who signed which stage. Voided sign-offs are excluded. */
export type CreditSignoff = {
  /** A `SignoffStage`; sign-offs of any other stage are left out. */
  stage: string
  name: string
  affiliation?: string | null
  voided?: boolean | null
}

export type CreditLine = { stage: SignoffStage; label: string; people: string }

const personCredit = (signoff: CreditSignoff): string =>
  signoff.affiliation ? `${signoff.name}（${signoff.affiliation}）` : signoff.name

/**
 * The credits block of a published issue, built from its sign-offs: one line per stage in chain
 * order (审核, 排版, 终审), names in signing order joined with 、, affiliation in parentheses.
 */
export function buildCredits(signoffs: readonly CreditSignoff[]): CreditLine[] {
  const lines: CreditLine[] = []
  for (const stage of SIGNOFF_STAGES) {
    const names: string[] = []
    for (const signoff of signoffs) {
      if (signoff.stage !== stage || signoff.voided) continue
      const credit = personCredit(signoff)
      if (!names.includes(credit)) names.push(credit)
    }
    if (names.length > 0) lines.push({ stage, label: CREDIT_LABELS[stage], people: names.join('、') })
  }
  return lines
}

export const formatCreditLine = (line: CreditLine): string => `${line.label}：${line.people}`
