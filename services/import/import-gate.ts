import type { Claim } from '../../src/import/import-claims'

/**
 * How one file of a parallel import keeps in step with the files written beside it
 * (services/import/parallel-import.ts, src/import/import-claims.ts). A serial import has none.
 */
export type ImportGate = {
  /** Before the file reads or writes what the claims name; throws ImportRedo when it must give up. */
  claim: (claims: readonly Claim[]) => Promise<void>
  /** The number in its newsletter, given the stated one (or none) and the next after the highest saved. */
  number: (newsletter: string, stated: number | null, nextSaved: number) => Promise<number>
  /** Resolves once every earlier file is done, so files commit in file order; throws ImportRedo when this one must give up. */
  beforeCommit: () => Promise<void>
}

/** The file gave way to an earlier one written at the same time: nothing of it is kept, and it is imported again. */
export class ImportRedo extends Error {
  constructor() {
    super('The file gave way to an earlier file of the same import and is imported again.')
    this.name = 'ImportRedo'
  }
}
