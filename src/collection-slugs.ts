/** Collection slugs are a public contract (REST paths, GraphQL names, scripts): defined once here. */
export const SLUGS = {
  users: 'users',
  newsletters: 'newsletters',
  thinkTanks: 'think-tanks',
  sources: 'sources',
  articles: 'articles',
  issues: 'issues',
  media: 'media',
  workflowEvents: 'workflow-events',
  releases: 'releases',
  workflowIntents: 'workflow-intents',
  signInEvents: 'sign-in-events',
  subscribers: 'subscribers',
  deliveries: 'deliveries',
  subscribeAttempts: 'subscribe-attempts',
  searchEntries: 'search-entries',
  feeds: 'feeds',
  leads: 'leads',
  watchHostSlots: 'watch-host-slots',
} as const

export const GLOBAL_SLUGS = { styleGuide: 'style-guide' } as const

export type CollectionSlugName = (typeof SLUGS)[keyof typeof SLUGS]
