import { REVIEW_CHAIN } from '../workflow/chain'
import { creditLinePattern, stageOfCreditLabel } from '../workflow/chain-lookup'
import type { SignoffStage } from '../workflow/stages'
import { isDateline, splitDateline } from './dateline'
import { isLatinLine, isShortLine, toLines } from './text-lines'

export type ParsedReference = { number: number; url: string; line: string }
export type ParsedPerson = { name: string; affiliation: string | null }
export type ParsedCredit = { stage: SignoffStage; people: ParsedPerson[] }
export type ParsedSection = {
  /** The heading names as written: Chinese name and English name or acronym (either may be missing). */
  thinkTankName: string | null
  thinkTankNameEn: string | null
  headline: string
  body: string[]
}
export type ParsedIssue = {
  column: string | null
  /** The issue's own title: the line written under the date line (`2025年9月 总第58期`), when there is one. */
  title: string | null
  /** Heading lines, or the part of the column line, that state the issue's date or number (`2025年第12期`). */
  dateline: string[]
  intro: string[]
  sections: ParsedSection[]
  references: ParsedReference[]
  credits: ParsedCredit[]
}

/** Heading names the parser should recognise as think tanks even without the usual layout. */
export type KnownNames = readonly string[]

const REFERENCE = /^(?:[[［](\d{1,3})[\]］]\s*[.、．:：]?|(\d{1,3})\s*[.、．:：)）])\s*(\S+)$/
/** `审核：name、name（affiliation）`, one line per sign-off stage, labelled as in the chain table. */
const CREDIT = creditLinePattern(REVIEW_CHAIN)
const NAME_SEPARATOR = /\s*[/／|｜]\s*/

function parsePeople(text: string): ParsedPerson[] {
  return text
    .split(/[、，,;；]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const match = /^(.+?)\s*[(（](.+?)[)）]$/.exec(part)
      return match ? { name: match[1]!.trim(), affiliation: match[2]!.trim() } : { name: part, affiliation: null }
    })
}

type Line = { text: string; kind: 'reference' | 'credit' | 'text' }

const classify = (text: string): Line => ({
  text,
  kind: REFERENCE.test(text) ? 'reference' : CREDIT.test(text) ? 'credit' : 'text',
})

/** `name / English name` on one line, or a name alone. */
function splitNames(line: string): { zh: string | null; en: string | null } {
  const parts = line.split(NAME_SEPARATOR).filter(Boolean)
  if (parts.length === 2) return { zh: parts[0]!, en: parts[1]! }
  return isLatinLine(line) ? { zh: null, en: line } : { zh: line, en: null }
}

const normalise = (name: string) => name.toLowerCase().replace(/\s+/g, ' ').trim()

const SENTENCE = /[。！？!?；;.]$/
/** A headline: one short line that is not a sentence (closing quotes and brackets are fine). */
const isHeadline = (line: string) => line.length <= 80 && !SENTENCE.test(line)
/** A body paragraph: a sentence, or longer than any headline. */
const isBody = (line: string) => line.length > 80 || (SENTENCE.test(line) && line.length > 20)
/** How Chinese think-tank names end (研究所, 中心, 基金会…): a name line even when the registry lacks it. */
const ORGANISATION = /(研究所|研究院|研究中心|中心|学会|基金会|委员会|理事会|公司|智库|论坛|协会|学院|大学|组织|银行|研究局|俱乐部|集团|研究处|服务处|署|财团)$/
const isNameLine = (line: string) => line.length <= 100 && !SENTENCE.test(line)

/**
 * Where a think-tank section starts at `i`, its heading: a name line (or `name / English name`), an
 * optional English-name line, then a headline and at least one body paragraph. The registry's names
 * (`known`) and the way names end tell a heading from an intro paragraph.
 */
function sectionHeadAt(lines: Line[], i: number, known: Set<string>): { names: { zh: string | null; en: string | null }; headline: string; next: number } | null {
  const at = (k: number) => (lines[k]?.kind === 'text' ? lines[k].text : undefined)
  const first = at(i)
  if (first === undefined || !isNameLine(first)) return null
  const second = at(i + 1)
  const third = at(i + 2)
  const fourth = at(i + 3)
  const isKnown = (text: string) => text.split(NAME_SEPARATOR).some((part) => known.has(normalise(part)))
  const looksLikeName = (text: string) => isKnown(text) || ORGANISATION.test(text.split(NAME_SEPARATOR)[0]!)
  // name, English name or acronym, headline, body
  if (second !== undefined && third !== undefined && fourth !== undefined && !isLatinLine(first) && isLatinLine(second) && isHeadline(third) && isBody(fourth)) {
    if (first.length <= 40 && !NAME_SEPARATOR.test(first)) return { names: { zh: first, en: second }, headline: third, next: i + 3 }
  }
  // name (or "name / English name", or an English name alone), headline, body
  if (second !== undefined && third !== undefined && isHeadline(second) && isBody(third)) {
    const names = splitNames(first)
    if (looksLikeName(first) || (names.zh === null && first.length <= 60) || (names.en !== null && names.zh !== null && isLatinLine(names.en))) {
      return { names, headline: second, next: i + 2 }
    }
  }
  return null
}

/**
 * Reads an issue in the shape of 海外智库观察: column name, introduction, think-tank sections, numbered
 * reference URLs and credit lines. Pure and tolerant: it finds structure; judging it is for the checks.
 */
export function parseIssueText(text: string, knownNames: KnownNames = []): ParsedIssue {
  const known = new Set(knownNames.map(normalise))
  const lines = toLines(text).map(classify)
  const result: ParsedIssue = { column: null, title: null, dateline: [], intro: [], sections: [], references: [], credits: [] }
  let i = 0
  // The heading: date lines and the column's name (which may carry the date: 海外智库观察（2025年第12期）).
  for (; i < lines.length && lines[i]!.kind === 'text'; i += 1) {
    const { rest, dateline } = splitDateline(lines[i]!.text)
    if (dateline !== null && rest === '') {
      result.dateline.push(dateline)
      // The line under the date line, short and no section heading, is the issue's title.
      const next = lines[i + 1]
      if (result.column !== null && next?.kind === 'text' && isShortLine(next.text, 40) && !isBody(next.text) && !isDateline(next.text) && !sectionHeadAt(lines, i + 1, known)) {
        result.title = next.text
        i += 2
        break
      }
      continue
    }
    const isColumn = result.column === null && isShortLine(rest, 30) && !isBody(rest) && !sectionHeadAt(lines, i, known)
    if (!isColumn) break
    result.column = rest
    if (dateline !== null) result.dateline.push(dateline)
  }
  let current: ParsedSection | null = null
  for (; i < lines.length; i += 1) {
    const line = lines[i]!
    if (line.kind === 'reference') {
      const match = REFERENCE.exec(line.text)!
      result.references.push({ number: Number(match[1] ?? match[2]), url: match[3]!, line: line.text })
      continue
    }
    if (line.kind === 'credit') {
      const match = CREDIT.exec(line.text)!
      const stage = stageOfCreditLabel(REVIEW_CHAIN, match[1]!)
      if (stage) result.credits.push({ stage, people: parsePeople(match[2]!) })
      continue
    }
    const head = sectionHeadAt(lines, i, known)
    if (head) {
      current = { thinkTankName: head.names.zh, thinkTankNameEn: head.names.en, headline: head.headline, body: [] }
      result.sections.push(current)
      i = head.next - 1
      continue
    }
    if (current) current.body.push(line.text)
    else if (isDateline(line.text)) result.dateline.push(splitDateline(line.text).dateline!)
    else result.intro.push(line.text)
  }
  return result
}
