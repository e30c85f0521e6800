/** The Next.js cache tag of everything the public site shows (all of it comes from releases). */
export const PUBLISHED_CONTENT_TAG = 'published-content'
