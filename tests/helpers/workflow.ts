import type { Payload } from 'payload'

import type { Article, Issue, Newsletter, Source, ThinkTank, User } from '../../payload-types'
import { runWorkflowAction, type WorkflowInput } from '../../services/workflow/run-workflow-action'
import { SLUGS } from '../../src/collection-slugs'
import type { ReleaseContent } from '../../src/release/release-content'
import { paragraphsToLexical } from '../../src/richtext/lexical-json'
import type { Stage } from '../../src/workflow/stages'
import { createNewsletter, createUser, unique } from './factories'

export type Crew = { editor: User; reviewer: User; layout: User; final1: User; final2: User; admin: User }

export async function createCrew(payload: Payload): Promise<Crew> {
  const [editor, reviewer, layout, final1, final2, admin] = await Promise.all([
    createUser(payload, ['editor'], `编辑${unique()}`),
    createUser(payload, ['reviewer'], `审核${unique()}`),
    createUser(payload, ['layout'], `排版${unique()}`),
    createUser(payload, ['final-approver'], `终审甲${unique()}`),
    createUser(payload, ['final-approver'], `终审乙${unique()}`),
    createUser(payload, ['admin'], `管理${unique()}`),
  ])
  return { editor: editor, reviewer: reviewer, layout: layout, final1: final1, final2: final2, admin: admin }
}

export type DraftIssue = { issue: Issue; articles: Article[]; source: Source; thinkTank: ThinkTank }

let nextNumber = Math.floor(Math.random() * 1_000_000)

/** An issue written by the crew's editor as the editor (so the editor is its author). */
export async function createDraftIssue(
  payload: Payload,
  crew: Crew,
  options: { assign?: boolean; publishAt?: string; sources?: boolean; articleCount?: number; newsletter?: Newsletter } = {},
): Promise<DraftIssue> {
  const { assign = true, sources = true, articleCount = 1 } = options
  const asEditor = { overrideAccess: false, user: crew.editor } as const
  const id = unique()
  const thinkTank = await payload.create({
    collection: SLUGS.thinkTanks,
    data: { name: `智库${id}`, nameEn: `Institute ${id}`, domains: [`i${id}.org`], slug: `wf-tt-${id}` },
    ...asEditor,
  })
  const source = await payload.create({
    collection: SLUGS.sources,
    data: { title: `Report ${id}`, url: `https://i${id}.org/r`, thinkTank: thinkTank.id, slug: `wf-src-${id}` },
    ...asEditor,
  })
  const articles: Article[] = []
  for (let index = 0; index < articleCount; index += 1) {
    articles.push(
      await payload.create({
        collection: SLUGS.articles,
        data: {
          headline: `文章${index + 1} ${id}`,
          thinkTank: thinkTank.id,
          body: paragraphsToLexical([`正文${index + 1}`]),
          sources: sources ? [source.id] : [],
          slug: `wf-art-${index}-${id}`,
        },
        ...asEditor,
      }),
    )
  }
  const newsletter = options.newsletter ?? (await createNewsletter(payload))
  const issue = await payload.create({
    collection: SLUGS.issues,
    data: {
      title: `流程测试 ${id}`,
      slug: `wf-issue-${id}`,
      number: ++nextNumber,
      newsletter: newsletter.id,
      articles: articles.map((article) => article.id),
      publishAt: options.publishAt ?? null,
      ...(assign
        ? { reviewer: crew.reviewer.id, layoutEditor: crew.layout.id, finalApprovers: [crew.final1.id, crew.final2.id] }
        : {}),
    },
    draft: true,
    ...asEditor,
  })
  return { issue, articles, source, thinkTank }
}

export const act = (payload: Payload, issue: Issue, user: User | null, input: WorkflowInput) =>
  runWorkflowAction(payload, { issueId: issue.id, user, input })

/** Drives an issue along the chain, as the crew, until it reaches `stage`. */
export async function advanceTo(payload: Payload, crew: Crew, issue: Issue, stage: Stage): Promise<Issue> {
  const steps: [User, string][] = [
    [crew.editor, 'submit'],
    [crew.reviewer, 'approve'],
    [crew.layout, 'approve'],
    [crew.final1, 'approve'],
    [crew.final2, 'approve'],
  ]
  const finalSigned = (issue.signoffs ?? []).some((signoff) => signoff.stage === 'final')
  const start = { draft: 0, review: 1, layout: 2, final: finalSigned ? 4 : 3 }[issue.stage as 'draft'] ?? steps.length
  let current = issue
  for (const [user, action] of steps.slice(start)) {
    if (current.stage === stage) return current
    current = await act(payload, current, user, { action })
  }
  if (current.stage !== stage) throw new Error(`could not bring the issue to ${stage}; it is in ${current.stage}`)
  return current
}

export const latest = (payload: Payload, issue: Issue) =>
  payload.findByID({ collection: SLUGS.issues, id: issue.id, draft: true, depth: 0 })

/** What readers get of an issue: its current release, read as an anonymous reader. */
export const published = async (payload: Payload, issue: Issue) =>
  (
    await payload.find({
      collection: SLUGS.releases,
      where: { and: [{ issue: { equals: issue.id } }, { latest: { equals: true } }] },
      depth: 0,
      overrideAccess: false,
      user: null,
    })
  ).docs[0]

/** The content of an issue's current release (what every reader surface renders). */
export const releasedContent = async (payload: Payload, issue: Issue) => (await published(payload, issue))?.content as ReleaseContent | undefined

export const eventsOf = async (payload: Payload, issue: Issue) =>
  (await payload.find({ collection: SLUGS.workflowEvents, where: { issue: { equals: issue.id } }, sort: 'sequence', depth: 0, pagination: false })).docs
