import { STAGES, type Stage } from './stages'

export type IssueOfArticle = { number?: number | null; stage?: string | null }

const isStage = (value: unknown): value is Stage => typeof value === 'string' && (STAGES as readonly string[]).includes(value)

/**
 * An article's one status in its header: the stage of the newest issue that carries it (the highest
 * number; an article is published with its issue, through the review chain), or null when no issue does.
 */
export function articleStage(issues: readonly IssueOfArticle[]): Stage | null {
  const newest = [...issues].filter((issue) => isStage(issue.stage)).sort((a, b) => (b.number ?? 0) - (a.number ?? 0))[0]
  return newest && isStage(newest.stage) ? newest.stage : null
}
