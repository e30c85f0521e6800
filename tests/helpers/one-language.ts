/** Two or more Latin words in a row: an English phrase, as opposed to a name, code or file name. */
const ENGLISH_PHRASE = /[A-Za-z][A-Za-z’']+(?:[\s,;:]+[A-Za-z][A-Za-z’']+)+/

const CJK = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/

/** The English phrases in a message meant to be Chinese (none expected). */
export const englishPhrasesIn = (message: string): string[] => message.match(new RegExp(ENGLISH_PHRASE, 'g')) ?? []

/** The Chinese characters and punctuation in a message meant to be English (none expected). */
export const chineseIn = (message: string): string[] => message.match(new RegExp(CJK, 'g')) ?? []
