import { normaliseDigits } from './numerals'

export type WrittenNumber = { number: number; written: string; overall: boolean }

/** `总第120期` (the overall count) and `第12期` / `2025年第12期` (which may count within a year). */
const NUMBER = /(总\s*)?第\s*(\d{1,7})\s*期/g

/** Every issue number written in a text or file name, in order (full-width digits and 第十二期 too). */
export function issueNumbersIn(text: string): WrittenNumber[] {
  return [...normaliseDigits(text).matchAll(NUMBER)]
    .map((match) => ({ number: Number(match[2]), written: match[0], overall: match[1] !== undefined }))
    .filter((found) => found.number >= 1)
}
