import { APIError, AuthenticationError, type CollectionAfterLoginHook, type CollectionBeforeOperationHook, type PayloadRequest, type Where } from 'payload'

import type { User } from '../../../payload-types'
import { toDocumentIdOrNull } from '../../../services/payload/document-id'
import { sayFor } from '../../../services/payload/request-language'
import { SLUGS } from '../../../src/collection-slugs'
import { CLIENT_ADDRESS_HEADER, clientAddressOf, UNKNOWN_CLIENT } from '../../../src/security/client-address'
import { passwordMatches, spendPasswordCheckTime } from '../../../src/security/password-hash'
import type { SignInKind as Kind, SignInOutcome as Outcome } from '../../../src/security/sign-in-events'
import { ACCOUNT_POLICY, ADDRESS_POLICY, THROTTLE_WINDOW_MS, type ThrottlePolicy, waitBeforeNextAttempt } from '../../../src/security/sign-in-throttle'

const addressOf = (req: PayloadRequest) => clientAddressOf(req.headers.get(CLIENT_ADDRESS_HEADER))
const normalEmail = (value: unknown) => (typeof value === 'string' ? value.trim().toLowerCase().slice(0, 320) : '')

/*
 * The audit trail and the throttle run beneath access control: they are the system watching
 * sign-ins, not a person acting (and the person signing in has no access yet).
 */
async function record(req: PayloadRequest, event: { email: string; kind: Kind; outcome: Outcome; user?: number | string }) {
  await req.payload.create({
    collection: SLUGS.signInEvents,
    data: { ...event, user: toDocumentIdOrNull(event.user), address: addressOf(req), userAgent: req.headers.get('user-agent')?.slice(0, 300) },
    overrideAccess: true,
    req,
  })
}

/**
 * Failures since the window opened and since the last success, for one account or one address. For
 * forgot-password every request counts (there is no success to wait for).
 */
async function failuresFor(req: PayloadRequest, match: Where, kind: Kind, now: Date) {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS).toISOString()
  const recent: Where = { and: [match, { kind: { equals: kind } }, { createdAt: { greater_than: since } }] }
  const lastSuccess = await req.payload.find({
    collection: SLUGS.signInEvents,
    where: { and: [recent, { outcome: { equals: 'succeeded' } }] },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const after = lastSuccess.docs[0]?.createdAt ?? since
  const failures = await req.payload.find({
    collection: SLUGS.signInEvents,
    where: {
      and: [match, { kind: { equals: kind } }, { outcome: { equals: kind === 'sign-in' ? 'failed' : 'requested' } }, { createdAt: { greater_than: after } }],
    },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const last = failures.docs[0]?.createdAt
  return { failures: failures.totalDocs, lastFailureAt: last ? new Date(last) : null }
}

async function refuseWhileThrottled(req: PayloadRequest, email: string, kind: Kind) {
  const now = new Date()
  const address = addressOf(req)
  // Without a known client address (in-process calls) only the account is throttled.
  const checks: [Where, ThrottlePolicy][] = [
    [{ email: { equals: email } }, ACCOUNT_POLICY],
    ...(address === UNKNOWN_CLIENT ? [] : [[{ address: { equals: address } }, ADDRESS_POLICY] as [Where, ThrottlePolicy]]),
  ]
  for (const [match, policy] of checks) {
    const wait = waitBeforeNextAttempt({ ...(await failuresFor(req, match, kind, now)), now, policy })
    if (wait > 0) {
      await record(req, { email, kind, outcome: 'throttled' })
      const seconds = Math.ceil(wait / 1000)
      throw new APIError(sayFor(req)(`尝试次数过多，请 ${seconds} 秒后再试。`, `Too many attempts: wait ${seconds} s before trying again.`), 429)
    }
  }
}

/**
 * Sign-in and forgot-password, before Payload handles them: refuse while throttled (growing delays
 * per account and per client address, no hard lock), and check the password here so that a wrong
 * password and an address without an account take the same time and get the same answer.
 */
export const guardSignIn: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login' && operation !== 'forgotPassword') return args
  const data = (args as { data?: Record<string, unknown> }).data ?? {}
  const email = normalEmail(data.email)
  if (!email) return args
  const kind: Kind = operation === 'login' ? 'sign-in' : 'forgot-password'
  await refuseWhileThrottled(req, email, kind)
  if (operation === 'forgotPassword') {
    await record(req, { email, kind, outcome: 'requested' })
    return args
  }
  const password = typeof data.password === 'string' ? data.password : ''
  const account = await req.payload.db.findOne<{ id: number | string; hash?: string; salt?: string }>({
    collection: SLUGS.users,
    where: { email: { equals: email } },
    req,
  })
  const matches = account ? await passwordMatches(password, account) : (await spendPasswordCheckTime(password), false)
  if (!matches) {
    await record(req, { email, kind, outcome: 'failed', user: account?.id })
    throw new AuthenticationError(req.t)
  }
  return args
}

export const recordSignIn: CollectionAfterLoginHook<User> = async ({ req, user }) => {
  await record(req, { email: normalEmail(user.email), kind: 'sign-in', outcome: 'succeeded', user: user.id })
}
