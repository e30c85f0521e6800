import { bilingual, type Bilingual } from '../i18n/bilingual'
import { datesIn, monthsIn, type WrittenDate } from './issue-dates'
import { issueNumbersIn } from './issue-numbers'

export type DateOrigin = 'text' | 'filename' | 'option' | 'reports' | 'today'
export type NumberOrigin = 'text' | 'filename' | 'option'

export type IssueDating = {
  /** `2025-03-15`, or `2025-03` when only the month is known. */
  date: string
  dateFrom: DateOrigin
  /** The date as written where it was found (null for today). */
  dateWritten: string | null
  /**
   * The instant releases sort by: noon UTC of the day (of the month's first day), which is the same
   * calendar day from UTC-11 to UTC+11; `now` itself when no date was found.
   */
  publishedAt: string
  number: number | null
  numberFrom: NumberOrigin | null
  numberWritten: string | null
  /** Notes on what was chosen, in both languages (the report shows the reader's). */
  warnings: Bilingual[]
}

export type DatingInput = {
  /** The lines of the heading that state the date or number (`ParsedIssue.dateline`). */
  dateline: readonly string[]
  filename: string
  /** Each section's paragraphs: the reports' months are the last resort before today. */
  sectionBodies: readonly (readonly string[])[]
  /** `--date` and `--number`, already validated. */
  options?: { date?: string; number?: number }
  now: Date
}

const LABEL: Record<DateOrigin, Bilingual> = {
  text: bilingual('正文', 'the text'),
  filename: bilingual('文件名', 'the file name'),
  option: bilingual('--date', '--date'),
  reports: bilingual('报告月份', "the reports' months"),
  today: bilingual('今天', 'today'),
}

const stem = (filename: string) => filename.replace(/^.*[\\/]/, '').replace(/\.[A-Za-z0-9]{1,5}$/, '')

/** A day beats a month stated beside it (2025年3月 … 2025-03-15); otherwise the first date stands. */
function bestOf(dates: WrittenDate[]): WrittenDate | undefined {
  const first = dates[0]
  if (!first) return undefined
  return dates.find((found) => found.date.length === 10 && found.date.startsWith(first.date)) ?? first
}

const distinct = (values: string[]) => [...new Set(values)]

/**
 * When an issue came out and its number. Date: the text's heading, else the file name, else
 * `--date`, else the latest month its reports state (not after `now`), else `now` with a warning.
 * Number: `总第N期` over `第N期`, the text before the file name, else `--number`, else none (the next
 * free number). Impossible dates are ignored with a warning; disagreements are reported. Pure.
 */
export function dateIssue(input: DatingInput): IssueDating {
  const warnings: Bilingual[] = []
  const fromText = datesIn(input.dateline.join(' '))
  const fromName = datesIn(stem(input.filename))
  const inTheText = bilingual('正文', 'the text')
  const inTheName = bilingual('文件名', 'the file name')
  for (const [written, where] of [...fromText.impossible.map((w) => [w, inTheText] as const), ...fromName.impossible.map((w) => [w, inTheName] as const)]) {
    warnings.push(bilingual(`${where.zh}中的“${written}”不是真实的日期，已忽略。`, `"${written}" in ${where.en} is not a real date and was ignored.`))
  }
  const inText = bestOf(fromText.dates)
  const inName = bestOf(fromName.dates)
  if (distinct(fromText.dates.map((found) => found.date)).filter((date) => !inText?.date.startsWith(date)).length > 0) {
    const all = fromText.dates.map((found) => found.written)
    warnings.push(
      bilingual(`标题处有多个日期（${all.join('、')}），采用 ${inText!.written}。`, `The heading states several dates (${all.join(', ')}); ${inText!.written} is used.`),
    )
  }

  let found: { date: string; from: DateOrigin; written: string | null } | undefined
  if (inText) found = { date: inText.date, from: 'text', written: inText.written }
  else if (inName) found = { date: inName.date, from: 'filename', written: inName.written }
  else if (input.options?.date) found = { date: input.options.date, from: 'option', written: input.options.date }
  if (inText && inName && !inText.date.startsWith(inName.date) && !inName.date.startsWith(inText.date)) {
    warnings.push(
      bilingual(
        `正文日期为 ${inText.written}，文件名日期为 ${inName.written}，两者不一致；采用正文日期。`,
        `The text says ${inText.written} but the file name ${inName.written}; the text's date is used.`,
      ),
    )
  }
  if (found && found.from !== 'option' && input.options?.date && !found.date.startsWith(input.options.date)) {
    warnings.push(
      bilingual(
        `未采用 --date ${input.options.date}：${LABEL[found.from].zh}写明 ${found.written}。`,
        `--date ${input.options.date} was not used: ${LABEL[found.from].en} states ${found.written}.`,
      ),
    )
  }
  if (!found) {
    const thisMonth = input.now.toISOString().slice(0, 7)
    const months = input.sectionBodies.flatMap((body) => monthsIn(body.join('\n'))).filter((month) => month <= thisMonth)
    const latest = months.sort().at(-1)
    if (latest) found = { date: latest, from: 'reports', written: latest }
  }
  if (!found) {
    found = { date: input.now.toISOString().slice(0, 10), from: 'today', written: null }
    warnings.push(
      bilingual(
        '正文、文件名、--date 和报告中都没有日期，以今天作为发布日期。',
        'No date in the text, the file name, --date or the reports; today is used as the publication date.',
      ),
    )
  }

  const numbers = [...issueNumbersIn(input.dateline.join(' ')), ...issueNumbersIn(stem(input.filename)).map((found) => ({ ...found, fromName: true }))]
  const chosen = numbers.find((candidate) => candidate.overall) ?? numbers[0]
  const rivals = numbers.filter((candidate) => candidate.overall === chosen?.overall && candidate.number !== chosen.number)
  if (chosen && rivals.length > 0) {
    const all = numbers.map((candidate) => candidate.written)
    warnings.push(bilingual(`有多个期号（${all.join('、')}），采用 ${chosen.written}。`, `Several issue numbers (${all.join(', ')}); ${chosen.written} is used.`))
  }
  let number: Pick<IssueDating, 'number' | 'numberFrom' | 'numberWritten'> = { number: null, numberFrom: null, numberWritten: null }
  if (chosen) number = { number: chosen.number, numberFrom: 'fromName' in chosen ? 'filename' : 'text', numberWritten: chosen.written }
  else if (input.options?.number !== undefined) number = { number: input.options.number, numberFrom: 'option', numberWritten: String(input.options.number) }
  if (chosen && input.options?.number !== undefined && input.options.number !== chosen.number) {
    const where = 'fromName' in chosen ? inTheName : inTheText
    warnings.push(
      bilingual(
        `未采用 --number ${input.options.number}：${where.zh}写明 ${chosen.written}。`,
        `--number ${input.options.number} was not used: ${where.en} states ${chosen.written}.`,
      ),
    )
  }

  const day = found.date.length === 7 ? `${found.date}-01` : found.date
  const publishedAt = found.from === 'today' ? input.now.toISOString() : `${day}T12:00:00.000Z`
  return { date: found.date, dateFrom: found.from, dateWritten: found.written, publishedAt, ...number, warnings }
}
