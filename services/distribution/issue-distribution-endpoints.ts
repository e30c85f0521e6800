import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import type { Release, User } from '../../payload-types'
import { hasAnyRole, isStaff } from '../../src/access/predicates'
import { SLUGS } from '../../src/collection-slugs'
import { releaseMail } from '../../src/distribution/mail-policy'
import { renderMarkdown } from '../../src/distribution/markdown'
import { renderWechat } from '../../src/distribution/wechat'
import { parseReleaseContent } from '../../src/release/parse-release-content'
import { documentId } from '../payload/document-id'
import { sayFor } from '../payload/request-language'
import { readAs } from '../workflow/read-as'
import { deliveryCounts, requeueUncertain } from './delivery-ledger'
import { renderNewsletter } from './newsletter-email'
import { queueReleaseMail, unsubscribeHeaders } from './send-newsletter'
import { issueUrlFor, publicOrigin, sendSettings } from './settings'

const MAIL_SENDERS = ['admin', 'editor', 'final-approver'] as const
export const EXPORT_FORMATS = ['wechat', 'email', 'markdown'] as const

function staffUser(req: PayloadRequest): User {
  const user = req.user
  if (!user) throw new APIError('Log in to use the distribution tools.', 401)
  if (!isStaff(user)) throw new APIError('Only staff can use the distribution tools.', 403)
  return user
}

/** The issue's releases, newest first, read as staff (the issue itself must be one they can read). */
async function releasesOf(req: PayloadRequest, user: User): Promise<Release[]> {
  const issueId = documentId(req.payload, req.routeParams?.id)
  await req.payload.findByID({ collection: SLUGS.issues, id: issueId, depth: 0, draft: true, req, user, overrideAccess: false, select: { title: true } }).catch(() => {
    throw new APIError(sayFor(req)('没有这期期刊。', 'No such issue.'), 404)
  })
  const found = await req.payload.find({ collection: SLUGS.releases, where: { issue: { equals: issueId } }, sort: '-revision', pagination: false, depth: 0, req, user, overrideAccess: false })
  return found.docs
}

async function latestRelease(req: PayloadRequest, user: User): Promise<Release> {
  const release = (await releasesOf(req, user)).find((doc) => doc.latest)
  if (!release) throw new APIError(sayFor(req)('该期刊尚无已发布版本。', 'This issue has no published release yet.'), 404)
  return release
}

/** The public links of the exported mail when it goes out through another tool: the reader's own links are that tool's. */
const TOOL_LINKS = () => ({ unsubscribeUrl: `${publicOrigin()}/subscribe`, preferencesUrl: `${publicOrigin()}/subscribe` })

export const issueDistributionEndpoints: Endpoint[] = [
  {
    path: '/:id/export',
    method: 'get',
    handler: async (req) => {
      const user = staffUser(req)
      const format = req.searchParams.get('format')
      if (!EXPORT_FORMATS.includes(format as (typeof EXPORT_FORMATS)[number])) throw new APIError(sayFor(req)('format 必须是 wechat、email 或 markdown。', 'format must be wechat, email or markdown.'), 400)
      const release = await latestRelease(req, user)
      const content = parseReleaseContent(release.content)
      const issueUrl = issueUrlFor(content.issue.slug)
      if (format === 'wechat') {
        const { subject, html, characters, warnings } = renderWechat(content, { issueUrl, say: sayFor(req) })
        return Response.json({ format, subject, html, characters, warnings })
      }
      if (format === 'markdown') {
        const { subject, markdown } = renderMarkdown(content, { issueUrl })
        return Response.json({ format, subject, markdown, warnings: [] })
      }
      const rendered = await renderNewsletter(content, { issueUrl })
      const { html, text } = rendered.forRecipient(TOOL_LINKS())
      return Response.json({ format, subject: rendered.subject, html, text, warnings: rendered.warnings })
    },
  },
  {
    path: '/:id/deliveries',
    method: 'get',
    handler: async (req) => {
      const user = staffUser(req)
      const releases = await releasesOf(req, user)
      return Response.json(await deliveryCounts(req.payload, releases.map((release) => release.id), sendSettings().staleSeconds, { as: readAs(req) }))
    },
  },
  {
    // Messages whose send a crash cut off may have gone out: only an editor decides to send them again.
    path: '/:id/deliveries/resend-uncertain',
    method: 'post',
    handler: async (req) => {
      const user = staffUser(req)
      if (!hasAnyRole(user, MAIL_SENDERS)) throw new APIError('Only editors, final approvers and admins resend newsletter mail.', 403)
      const releases = await releasesOf(req, user)
      const requeued = await requeueUncertain(req.payload, releases.map((release) => release.id), sendSettings().staleSeconds)
      for (const releaseId of requeued) await queueReleaseMail(req.payload, releaseId, 'issue')
      const counts = await deliveryCounts(req.payload, releases.map((release) => release.id), sendSettings().staleSeconds, { as: readAs(req) })
      return Response.json({ message: sayFor(req)(`已重新排队 ${counts.queued} 封邮件。`, `${counts.queued} message(s) queued again.`), ...counts }, { status: 202 })
    },
  },
  {
    path: '/:id/correction-notice',
    method: 'post',
    handler: async (req) => {
      const user = staffUser(req)
      if (!hasAnyRole(user, MAIL_SENDERS)) throw new APIError('Only editors, final approvers and admins send correction notices.', 403)
      const release = await latestRelease(req, user)
      if (releaseMail({ origin: 'chain', isCorrection: Boolean(release.isCorrection), correctionNoticeChosen: true }) !== 'correction') throw new APIError(sayFor(req)('当前版本不是更正版本，没有需要通知的更正。', 'The current release is not a correction; there is nothing to notify.'), 409)
      await queueReleaseMail(req.payload, release.id, 'correction')
      return Response.json(
        { message: sayFor(req)('更正通知已排队，将发给每位已确认的订阅者。', 'The correction notice is queued for every confirmed subscriber.'), release: release.id },
        { status: 202 },
      )
    },
  },
  {
    path: '/:id/send-test',
    method: 'post',
    handler: async (req) => {
      const user = staffUser(req)
      const release = await latestRelease(req, user)
      const content = parseReleaseContent(release.content)
      const rendered = await renderNewsletter(content, { issueUrl: issueUrlFor(content.issue.slug) })
      const links = TOOL_LINKS()
      const { html, text } = rendered.forRecipient(links)
      await req.payload.sendEmail({ to: user.email, subject: `[测试 Test] ${rendered.subject}`, html, text, headers: unsubscribeHeaders(links.unsubscribeUrl) })
      return Response.json({ message: `Test email sent to ${user.email}.`, sentTo: user.email, bytes: rendered.bytes, warnings: rendered.warnings })
    },
  },
]
