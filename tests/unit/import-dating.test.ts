import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import type { Bilingual } from '../../src/i18n/bilingual'
import { isDateline, splitDateline } from '../../src/import/dateline'
import { datesIn, monthsIn, parseDateOption, parseNumberOption } from '../../src/import/issue-dates'
import { dateIssue, type DatingInput } from '../../src/import/issue-dating'
import { issueNumbersIn } from '../../src/import/issue-numbers'
import { chineseNumeralValue, normaliseDigits } from '../../src/import/numerals'
import { parseIssueText } from '../../src/import/parse-issue'
import { englishPhrasesIn } from '../helpers/one-language'

const seed = readFileSync('tests/fixtures/seed-issue.txt', 'utf8')
const NOW = new Date('2026-11-29T08:00:00Z')
const dating = (input: Partial<DatingInput>) => dateIssue({ dateline: [], filename: 'issue.txt', sectionBodies: [], now: NOW, ...input })

const english = (note: Bilingual) => note.en
const englishOf = (text: string) => expect.objectContaining({ en: expect.stringContaining(text), zh: expect.stringMatching(/[\u4e00-\u9fff]/) })

describe('Chinese numerals and full-width digits', () => {
  it.each([
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十三', 23],
    ['一百二十', 120],
    ['一百零五', 105],
    ['一千二百', 1200],
    ['二〇二五', 2025],
    ['两百', 200],
  ])('%s is %i', (numeral, value) => expect(chineseNumeralValue(numeral)).toBe(value))

  it.each(['', '十十', '百十百', '二五十期', 'abc'])('%s is not a numeral', (text) => expect(chineseNumeralValue(text)).toBeNull())

  it('turns dates and issue numbers written in numerals or full-width digits into ASCII digits', () => {
    expect(normaliseDigits('二〇二五年三月十五日')).toBe('2025年3月15日')
    expect(normaliseDigits('第十二期（总第一百二十期）')).toBe('第12期（总第120期）')
    expect(normaliseDigits('２０２５．０３．１５')).toBe('2025.03.15')
    // Numerals elsewhere stay words.
    expect(normaliseDigits('十二位研究员与三家智库')).toBe('十二位研究员与三家智库')
  })
})

describe('datesIn', () => {
  it.each([
    ['2025年3月15日', '2025-03-15'],
    ['2025 年 3 月 15 号', '2025-03-15'],
    ['2025年3月', '2025-03'],
    ['2025-03-15-海外智库观察', '2025-03-15'],
    ['20250315 weekly', '2025-03-15'],
    ['2025.03.15', '2025-03-15'],
    ['2025/3/5', '2025-03-05'],
    ['2025_03_15', '2025-03-15'],
    ['2025-03', '2025-03'],
    ['２０２５年３月１５日', '2025-03-15'],
    ['二〇二五年三月十五日', '2025-03-15'],
  ])('%s → %s', (text, date) => expect(datesIn(text).dates.map((found) => found.date)).toEqual([date]))

  it('keeps the order of appearance and does not read a day as a second month', () => {
    expect(datesIn('第12期 2025年3月 / 2025-03-15').dates.map((found) => found.date)).toEqual(['2025-03', '2025-03-15'])
  })

  it('sets impossible dates apart instead of reading them', () => {
    expect(datesIn('2025-02-30')).toEqual({ dates: [], impossible: ['2025-02-30'] })
    expect(datesIn('2025年13月').impossible).toEqual(['2025年13月'])
    expect(datesIn('2024-02-29').dates.map((found) => found.date)).toEqual(['2024-02-29'])
  })

  it('ignores numbers that are not dates', () => {
    expect(datesIn('00001-issue-12 and 123456789 and 1850-01-01 and v2.3.4').dates).toEqual([])
    expect(datesIn('2025年以来').dates).toEqual([])
  })
})

describe('monthsIn (report months stated in a section)', () => {
  it('reads Chinese, numeric and English months', () => {
    expect(monthsIn('该报告于2025年2月发布。')).toEqual(['2025-02'])
    expect(monthsIn('Published in February 2025 and revised Mar. 3, 2025.')).toEqual(['2025-02', '2025-03'])
    expect(monthsIn('发布于2024-11-05')).toEqual(['2024-11'])
    expect(monthsIn('不含日期')).toEqual([])
  })
})

describe('issue numbers', () => {
  it('reads 第N期, 2025年第N期, 总第N期 and numerals', () => {
    expect(issueNumbersIn('2025年第12期（总第120期）')).toEqual([
      { number: 12, written: '第12期', overall: false },
      { number: 120, written: '总第120期', overall: true },
    ])
    expect(issueNumbersIn('第十二期').map((found) => found.number)).toEqual([12])
    expect(issueNumbersIn('第１２期').map((found) => found.number)).toEqual([12])
    expect(issueNumbersIn('第0期 issue-12')).toEqual([])
  })
})

describe('options', () => {
  it('accepts a day or a month for --date and refuses anything else with a reason', () => {
    expect(parseDateOption('2025-03-15')).toEqual({ date: '2025-03-15' })
    expect(parseDateOption('2025.3.5')).toEqual({ date: '2025-03-05' })
    expect(parseDateOption('2025-03')).toEqual({ date: '2025-03' })
    expect(parseDateOption('2025-02-30')).toEqual({ error: englishOf('no such date') })
    expect(parseDateOption('March')).toEqual({ error: englishOf('expected a date') })
    expect(parseDateOption('2025-03-15 and 2025-04-01')).toEqual({ error: englishOf('expected a date') })
  })

  it('accepts a whole number from 1 for --number', () => {
    expect(parseNumberOption('12')).toEqual({ number: 12 })
    expect(parseNumberOption('１２')).toEqual({ number: 12 })
    for (const bad of ['0', '-3', '1.5', 'twelve', '']) expect(parseNumberOption(bad)).toEqual({ error: englishOf('--number') })
  })
})

describe('datelines in the heading', () => {
  it('splits the date and number off a column line', () => {
    expect(splitDateline('海外智库观察（2025年第12期）')).toEqual({ rest: '海外智库观察', dateline: '2025年第12期' })
    expect(splitDateline('海外智库观察 2025.03.15')).toEqual({ rest: '海外智库观察', dateline: '2025.03.15' })
    expect(splitDateline('海外智库观察')).toEqual({ rest: '海外智库观察', dateline: null })
  })

  it('knows a line that is only a dateline', () => {
    expect(isDateline('2025年3月15日 第12期')).toBe(true)
    expect(isDateline('发布日期：2025.03.15')).toBe(true)
    expect(isDateline('【总第120期】')).toBe(true)
    expect(isDateline('2025年3月，美国战略与国际研究中心发布了报告。')).toBe(false)
  })

  it('the parser keeps datelines out of the column and the intro', () => {
    const dated = seed.replace('海外智库观察\n', '海外智库观察（2025年第12期）\n2025年3月15日\n')
    const parsed = parseIssueText(dated)
    expect(parsed.column).toBe('海外智库观察')
    expect(parsed.dateline).toEqual(['2025年第12期', '2025年3月15日'])
    expect(parsed.intro).toEqual(parseIssueText(seed).intro)
    expect(parsed.sections).toHaveLength(2)

    const dateFirst = parseIssueText(seed.replace('海外智库观察\n', '第十二期\n海外智库观察\n'))
    expect(dateFirst.column).toBe('海外智库观察')
    expect(dateFirst.dateline).toEqual(['第12期'])
    expect(parseIssueText(seed).dateline).toEqual([])
  })
})

describe('dateIssue', () => {
  it('takes the date and number from the heading first', () => {
    const result = dating({ dateline: ['2025年第12期', '2025年3月15日'], filename: '2024-01-01-old.txt' })
    expect(result).toMatchObject({ date: '2025-03-15', dateFrom: 'text', dateWritten: '2025年3月15日', number: 12, numberFrom: 'text', publishedAt: '2025-03-15T12:00:00.000Z' })
    expect(result.warnings.map(english)).toEqual([expect.stringContaining('file name 2024-01-01')])
  })

  it('prefers a day to the month it falls in, and the overall number to the yearly one', () => {
    const result = dating({ dateline: ['2025年3月', '2025.03.15', '2025年第12期 总第120期'] })
    expect(result).toMatchObject({ date: '2025-03-15', number: 120, warnings: [] })
  })

  it('takes the file name when the text has no date', () => {
    expect(dating({ filename: '2025-03-15-海外智库观察.txt' })).toMatchObject({ date: '2025-03-15', dateFrom: 'filename', number: null })
    expect(dating({ filename: '20250315第十二期.docx' })).toMatchObject({ date: '2025-03-15', dateFrom: 'filename', number: 12, numberFrom: 'filename' })
    expect(dating({ filename: 'archive/2025.03.15.md' })).toMatchObject({ date: '2025-03-15', dateFrom: 'filename' })
  })

  it('falls back to the options, warning when the file states otherwise', () => {
    expect(dating({ options: { date: '2024-06', number: 7 } })).toMatchObject({ date: '2024-06', dateFrom: 'option', number: 7, numberFrom: 'option', publishedAt: '2024-06-01T12:00:00.000Z', warnings: [] })
    const overruled = dating({ dateline: ['第12期 2025-03-15'], options: { date: '2024-06-01', number: 7 } })
    expect(overruled).toMatchObject({ date: '2025-03-15', number: 12 })
    expect(overruled.warnings.map(english)).toEqual([expect.stringContaining('--date 2024-06-01 was not used'), expect.stringContaining('--number 7 was not used')])
  })

  it('then takes the latest month the reports state, not one after today', () => {
    const result = dating({ sectionBodies: [['2025年1月，CSIS发布报告。'], ['The report came out in February 2025.', '到2030年1月生效。']] })
    expect(result).toMatchObject({ date: '2025-02', dateFrom: 'reports', publishedAt: '2025-02-01T12:00:00.000Z', warnings: [] })
  })

  it('uses today with a warning when there is no date anywhere', () => {
    const result = dating({ sectionBodies: [['没有日期的正文。']] })
    expect(result).toMatchObject({ date: '2026-11-29', dateFrom: 'today', dateWritten: null, publishedAt: NOW.toISOString() })
    expect(result.warnings.map(english)).toEqual([expect.stringContaining('today')])
  })

  it('ignores an impossible date with a warning and goes on to the next place', () => {
    const result = dating({ dateline: ['2025年2月30日'], filename: '2025-02-28.txt' })
    expect(result).toMatchObject({ date: '2025-02-28', dateFrom: 'filename' })
    expect(result.warnings.map(english)).toEqual([expect.stringContaining('"2025年2月30日" in the text is not a real date')])
  })

  it('warns when the heading states two different dates or numbers', () => {
    const result = dating({ dateline: ['2025-03-15', '2025-04-01', '第12期', '第13期'] })
    expect(result).toMatchObject({ date: '2025-03-15', number: 12 })
    expect(result.warnings.map(english)).toEqual([expect.stringContaining('several dates'), expect.stringContaining('Several issue numbers')])
    // Each note is kept in both languages; the Chinese has no English phrase (the English quotes the original's dates).
    expect(result.warnings.flatMap((warning) => englishPhrasesIn(warning.zh))).toEqual([])
  })
})
