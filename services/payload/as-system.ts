/**
 * Local API options for the system's own bookkeeping (search index, mailing ledger, subscriptions):
 * work no person does, so there is nobody's access to check. Never for work done for a person.
 */
export const AS_SYSTEM = { overrideAccess: true, depth: 0 } as const
