/*
 * The rules that let several files of one import be written at once and still end exactly as if they had
 * been imported one after another, in file order (services/import/parallel-import.ts).
 *
 * Each file in flight claims what its outcome depends on before it reads or writes it: the think-tank
 * registry it matches names against (read) or adds to (write), a new source's URL and slug, a new
 * newsletter, its issue number. Between two files in flight the earlier one has priority ("wound-wait"):
 * - a later file that needs what an earlier one writes is blocked: it gives up and is tried again once the
 *   earlier one is done (it would otherwise read the state before the earlier file's write);
 * - an earlier file that writes what a later one holds wounds it: the later one gives up and is tried again.
 * An earlier file that only reads what a later one writes is not disturbed: in file order it came first.
 * Files commit in file order, so a file's claims hold until every earlier file is done.
 */

export type ClaimMode = 'read' | 'write'
export type Claim = { key: string; mode: ClaimMode }

/** `granted` with the later files that must give up; or refused because an earlier file holds the claim. */
export type ClaimAnswer = { granted: true; wound: number[] } | { granted: false; blockedBy: number }
export type NumberAnswer = { granted: true; number: number; wound: number[] } | { granted: false; blockedBy: number }

type NumberClaim = { number: number; sequence: boolean }

export class ImportClaims {
  /** key → file position → mode */
  private readonly keys = new Map<string, Map<number, ClaimMode>>()
  /** newsletter → file position → the number that file takes */
  private readonly numbers = new Map<string, Map<number, NumberClaim>>()

  /** Claims keys for the file at `position`, all or none. */
  claim(position: number, claims: readonly Claim[]): ClaimAnswer {
    const wound = new Set<number>()
    for (const { key, mode } of claims) {
      for (const [holder, held] of this.keys.get(key) ?? []) {
        if (holder < position && held === 'write') return { granted: false, blockedBy: holder }
        if (holder > position && mode === 'write') wound.add(holder)
      }
    }
    for (const { key, mode } of claims) {
      const holders = this.keys.get(key) ?? new Map<number, ClaimMode>()
      if (holders.get(position) !== 'write') holders.set(position, mode)
      this.keys.set(key, holders)
    }
    return { granted: true, wound: [...wound].sort((a, b) => a - b) }
  }

  /**
   * The number the file at `position` takes in `newsletter`. `stated`: the number its text gives (which no
   * earlier file in flight may hold); otherwise the next after the highest, counting the numbers earlier
   * files in flight take beside `nextSaved` (the next after the highest already saved). A later file that
   * took the same number, or a next number that this one changes, must give up.
   */
  number(position: number, newsletter: string, stated: number | null, nextSaved: number): NumberAnswer {
    const claims = this.numbers.get(newsletter) ?? new Map<number, NumberClaim>()
    let number = stated ?? nextSaved
    for (const [holder, claim] of claims) {
      if (holder >= position) continue
      if (stated !== null && claim.number === stated) return { granted: false, blockedBy: holder }
      if (stated === null) number = Math.max(number, claim.number + 1)
    }
    const wound = [...claims]
      .filter(([holder, claim]) => holder > position && (claim.number === number || (claim.sequence && claim.number <= number)))
      .map(([holder]) => holder)
      .sort((a, b) => a - b)
    claims.set(position, { number, sequence: stated === null })
    this.numbers.set(newsletter, claims)
    return { granted: true, number, wound }
  }

  /** Drops every claim of the file at `position` (it committed, gave up or failed). */
  release(position: number): void {
    for (const [key, holders] of this.keys) {
      holders.delete(position)
      if (holders.size === 0) this.keys.delete(key)
    }
    for (const [newsletter, claims] of this.numbers) {
      claims.delete(position)
      if (claims.size === 0) this.numbers.delete(newsletter)
    }
  }
}
