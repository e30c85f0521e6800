import type { PayloadRequest } from 'payload'

/**
 * Local API options for reading on behalf of the request: as its user when a person acts, or as the
 * system when a scheduled job acts (it has no person; access control has nobody to check).
 */
export const readAs = (req: PayloadRequest) => (req.user ? { overrideAccess: false, user: req.user } : {})
