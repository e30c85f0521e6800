/** The Next.js cache tag of everything the public site shows (expired when a release is written). */
export const PUBLISHED_CONTENT_TAG = 'published-content'
