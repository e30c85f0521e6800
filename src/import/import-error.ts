/** Why an import was refused, with the HTTP status an API answers it with. Nothing was written. */
export class ImportError extends Error {
  constructor(
    readonly code: string,
    readonly status: 400 | 403 | 409 | 413 | 415 | 422,
    message: string,
    /** What a client may show or link to, e.g. the issue an already-imported text became. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message)
    this.name = 'ImportError'
  }
}
