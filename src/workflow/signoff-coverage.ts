/**
 * What each sign-off covers, declared once: the save classifier (issue-change.ts) and the content
 * fingerprint (content-fingerprint.ts) both read these lists. A 审核 sign-off covers the text; 排版
 * and 终审 sign-offs cover text and presentation. Besides these issue fields, the set of articles
 * (and their text and sources) is text, and the order of the articles is presentation.
 */
export const ISSUE_TEXT_FIELDS = ['title', 'number', 'slug', 'newsletter', 'intro'] as const
export const ISSUE_PRESENTATION_FIELDS = ['cover', 'publishAt', 'displayOptions'] as const

export type IssueTextField = (typeof ISSUE_TEXT_FIELDS)[number]
export type IssuePresentationField = (typeof ISSUE_PRESENTATION_FIELDS)[number]

/** The named fields of `source`, as an object (absent ones stay undefined, which canonical JSON leaves out). */
export const pickFields = <K extends string>(source: Partial<Record<K, unknown>>, fields: readonly K[]): Record<string, unknown> =>
  Object.fromEntries(fields.map((field) => [field, source[field]]))
