/** A label in the two admin languages; Payload accepts this shape wherever a label is localisable. */
export type Bilingual = { zh: string; en: string }

export const bilingual = (zh: string, en: string): Bilingual => ({ zh, en })
