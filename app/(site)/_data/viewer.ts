import { cookies, draftMode, headers } from 'next/headers'

import type { User } from '../../../payload-types'
import { isStaff } from '../../../src/access/predicates'
import { isSiteLanguage, type SiteLanguage } from '../../../src/i18n/site-text'
import { getPayloadClient } from './payload'

export type Viewer = { preview: false; user: null } | { preview: true; user: User }

export const READER: Viewer = { preview: false, user: null }

/** The staff member signed in on a request (the admin's session cookie), or null for anyone else. */
export async function signedInStaff(requestHeaders: Headers): Promise<User | null> {
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: requestHeaders })
  return user && isStaff(user) ? user : null
}

/** A reader, or — in Next.js draft mode and signed in as staff — an editor previewing unpublished work. */
export async function getViewer(): Promise<Viewer> {
  const { isEnabled } = await draftMode()
  if (!isEnabled) return READER
  const user = await signedInStaff(await headers())
  return user ? { preview: true, user } : READER
}

export const LANGUAGE_COOKIE = 'zhiku-lang'

/** The language of the site chrome: the reader's choice, Chinese by default. */
export async function getLanguage(): Promise<SiteLanguage> {
  const chosen = (await cookies()).get(LANGUAGE_COOKIE)?.value
  return isSiteLanguage(chosen) ? chosen : 'zh'
}
