import type { LexicalDocument, LexicalNode } from '../richtext/lexical-json'
import { sayIn } from './say'
import { termMisuseSpans } from './style-terms'
import type { CheckFinding, CheckLanguage } from './types'

/** The one exact correction of a fixable finding: this spelling of the term becomes the term. */
export type TermFix = { written: string; term: string }

/** Codes whose findings carry one exact correction (`finding.fix`); the fix endpoint applies only these. */
export const FIXABLE_CODES: readonly string[] = ['style-term-case']

export const isFixable = (finding: CheckFinding): finding is CheckFinding & { fix: TermFix } =>
  FIXABLE_CODES.includes(finding.code) && !!finding.fix

/**
 * The text with every place the checks would report as `fix.written` for `fix.term` written as the
 * term; everything else (other spellings, other terms, the term inside a longer one) is left as it is.
 */
export function fixTermInText(text: string, terms: readonly string[], fix: TermFix): string {
  const spans = termMisuseSpans(text, terms).filter((span) => span.term === fix.term && span.written === fix.written)
  let fixed = text
  for (const span of spans.reverse()) fixed = fixed.slice(0, span.start) + fix.term + fixed.slice(span.end)
  return fixed
}

const fixNode = (node: LexicalNode, terms: readonly string[], fix: TermFix): LexicalNode => {
  const text = node.type === 'text' && typeof node.text === 'string' ? fixTermInText(node.text, terms, fix) : node.text
  const children = node.children?.map((child) => fixNode(child, terms, fix))
  if (text === node.text && (!children || children.every((child, index) => child === node.children![index]))) return node
  return { ...node, ...(text !== undefined ? { text } : {}), ...(children ? { children } : {}) }
}

/** A rich-text document with the term fixed in each text node (formatting and every other node kept). */
export function fixTermInRichText<T extends LexicalDocument | null | undefined>(doc: T, terms: readonly string[], fix: TermFix): T {
  if (!doc?.root) return doc
  const children = doc.root.children.map((child) => fixNode(child, terms, fix))
  if (children.every((child, index) => child === doc.root.children[index])) return doc
  return { ...doc, root: { ...doc.root, children } }
}

/** What a fix request names: a finding's code and location, and for several at one place the spelling. */
export type FixRequest = { code: string; location: string; written?: string }

/** Reads `{ code, location, written? }`; a reason when it is malformed. */
export function parseFixRequest(body: unknown, language: CheckLanguage = 'zh'): { ok: true; request: FixRequest } | { ok: false; reason: string } {
  const say = sayIn(language)
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { ok: false, reason: say('请以 JSON 发送 { "code": …, "location": … }。', 'Send { "code": …, "location": … } as JSON.') }
  const { code, location, written } = body as Record<string, unknown>
  if (typeof code !== 'string' || !code || code.length > 100) return { ok: false, reason: say('“code”必须是检查结果的代码。', '"code" must be the code of a finding.') }
  if (typeof location !== 'string' || !/^(issue|intro|(article|source|reference):[A-Za-z0-9_-]{1,64})$/.test(location)) {
    return { ok: false, reason: say('“location”必须是检查结果的位置：issue、intro 或 article:<id>。', '"location" must be a finding\'s location: issue, intro or article:<id>.') }
  }
  if (written !== undefined && (typeof written !== 'string' || !written || written.length > 200)) {
    return { ok: false, reason: say('“written”必须是检查结果所指的写法。', '"written" must be the spelling the finding names.') }
  }
  return { ok: true, request: { code, location, ...(written !== undefined ? { written } : {}) } }
}

/** The findings a request names: its code at its location (and spelling, when given). */
export const findingsNamed = (findings: readonly CheckFinding[], request: FixRequest): CheckFinding[] =>
  findings.filter(
    (finding) => finding.code === request.code && finding.location === request.location && (request.written === undefined || finding.fix?.written === request.written),
  )
