const DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }

/**
 * The value of a Chinese numeral: 十二 → 12, 二十 → 20, 一百零五 → 105, 一千二百 → 1200; a string of
 * digits alone is read digit by digit, as years are written (二〇二五 → 2025). Null when it is not one.
 */
export function chineseNumeralValue(text: string): number | null {
  if (text === '' || ![...text].every((char) => char in DIGIT || char in UNIT)) return null
  if (![...text].some((char) => char in UNIT)) return Number([...text].map((char) => DIGIT[char]).join(''))
  let total = 0
  let digit: number | null = null
  let lastUnit = Infinity
  for (const char of text) {
    if (char in DIGIT) {
      if (digit !== null && digit !== 0) return null
      digit = DIGIT[char]!
      continue
    }
    const unit = UNIT[char]!
    if (unit >= lastUnit) return null
    total += (digit ?? 1) * unit
    digit = null
    lastUnit = unit
  }
  return total + (digit ?? 0)
}

const NUMERAL = '[〇零一二三四五六七八九两十百千]+'
const FULL_WIDTH = /[\uFF10-\uFF19\uFF0D\uFF0E\uFF0F]/g

/**
 * Digits as ASCII: full-width digits and the full-width `－．／` become ASCII, and Chinese numerals where a
 * date or an issue number is written with them (二〇二五年三月十五日, 第十二期, 总第一百二十期) become digits.
 */
export function normaliseDigits(text: string): string {
  const value = (numeral: string) => {
    const number = chineseNumeralValue(numeral)
    return number === null ? numeral : String(number)
  }
  return text
    .replace(FULL_WIDTH, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(new RegExp(`(${NUMERAL})(?=\\s*年)`, 'g'), (numeral) => (/[十百千]/.test(numeral) ? numeral : value(numeral)))
    .replace(new RegExp(`(?<=年\\s*)(${NUMERAL})(?=\\s*月)`, 'g'), value)
    .replace(new RegExp(`(?<=月\\s*)(${NUMERAL})(?=\\s*[日号])`, 'g'), value)
    .replace(new RegExp(`(?<=第\\s*)(${NUMERAL})(?=\\s*期)`, 'g'), value)
}
