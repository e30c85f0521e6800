import { defaultLoggerOptions, type Config } from 'payload'

const statusOf = (value: unknown): number | undefined => {
  if (!value || typeof value !== 'object') return undefined
  const err = (value as { err?: unknown }).err ?? value
  const status = err && typeof err === 'object' ? (err as { status?: unknown }).status : undefined
  return typeof status === 'number' ? status : undefined
}

const messageOf = (value: unknown): string => {
  const err = (value as { err?: { message?: unknown } }).err ?? value
  const message = err && typeof err === 'object' ? (err as { message?: unknown }).message : undefined
  return typeof message === 'string' ? message : 'Request refused'
}

/**
 * Payload logs every error a request ends with at ERROR level with its stack, including the
 * 400/403/409 answers that are the app working as meant. Those become one INFO line (status and
 * reason); server errors (5xx, or no status) keep ERROR and their stacks.
 */
export function refusalAwareLogger(level: string | undefined): Config['logger'] {
  return {
    options: {
      level: level || 'info',
      hooks: {
        logMethod(args, method, levelNumber) {
          const status = statusOf(args[0])
          if (levelNumber >= 50 && status !== undefined && status >= 400 && status < 500) {
            return this.info({ status }, messageOf(args[0]))
          }
          return method.apply(this, args)
        },
      },
    },
    destination: defaultLoggerOptions,
  }
}
