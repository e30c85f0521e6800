import type { ReleaseReference } from '../release/release-content'

export type LinkNote = { number: number; url: string; title: string | null }

/**
 * The numbered notes of an export: the issue's own references keep their numbers; every other link
 * in the text gets the next number, and a URL met twice (or already a reference) keeps its first.
 */
export class LinkNotes {
  private readonly byUrl = new Map<string, LinkNote>()
  private readonly notes: LinkNote[] = []
  private next = 1

  constructor(references: readonly ReleaseReference[]) {
    for (const reference of references) {
      const note: LinkNote = { number: reference.number, url: reference.url ?? '', title: reference.titleZh || reference.title || null }
      this.notes.push(note)
      if (reference.url && !this.byUrl.has(reference.url)) this.byUrl.set(reference.url, note)
      this.next = Math.max(this.next, reference.number + 1)
    }
  }

  /** The note number of a link target, added at the end when new. */
  numberFor(url: string): number {
    const known = this.byUrl.get(url)
    if (known) return known.number
    const note: LinkNote = { number: this.next++, url, title: null }
    this.byUrl.set(url, note)
    this.notes.push(note)
    return note.number
  }

  /** Every note, in number order. */
  list(): LinkNote[] {
    return [...this.notes].sort((a, b) => a.number - b.number)
  }
}
