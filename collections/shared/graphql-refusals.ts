import { fragmentCycleIn } from '../../src/security/graphql-fragment-cycle'

type Handler = (request: Request) => Promise<Response>

const clientStatus = (error: unknown): number | undefined => {
  const status = error && typeof error === 'object' ? (error as { status?: unknown }).status : undefined
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined
}

const refusal = (message: string, status: number) => Response.json({ errors: [{ message }] }, { status })

async function cyclicFragment(request: Request): Promise<string | null> {
  if (request.method !== 'POST') return null
  try {
    const body: unknown = await request.clone().json()
    return body && typeof body === 'object' ? fragmentCycleIn((body as { query?: unknown }).query) : null
  } catch {
    return null
  }
}

/** A request that never ran (no `data`: it did not parse or validate) is a 400, not a 200 with errors. */
async function requestErrorsAs400(response: Response): Promise<Response> {
  if (response.status !== 200 || !response.headers.get('content-type')?.includes('json')) return response
  const text = await response.text()
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return new Response(text, response)
  }
  const failed = body && typeof body === 'object' && 'errors' in body && !('data' in body)
  return new Response(text, { status: failed ? 400 : 200, headers: response.headers })
}

/**
 * Around Payload's GraphQL handler: a body that is not JSON, a fragment cycle (which overflows the
 * stack in Payload's complexity check) and queries that fail to parse or validate get a 4xx with a
 * message instead of a 500 or a 200. Other errors are rethrown as the server errors they are.
 */
export const graphqlRefusals =
  (handler: Handler): Handler =>
  async (request) => {
    const cycle = await cyclicFragment(request)
    if (cycle) return refusal(`Fragment "${cycle}" spreads itself; fragments must not form a cycle.`, 400)
    try {
      return await requestErrorsAs400(await handler(request))
    } catch (error) {
      const status = clientStatus(error)
      if (status === undefined) throw error
      const message = error instanceof Error ? error.message : 'Bad request'
      return refusal(`${message}: send { "query": "…", "variables"?: {…} } as JSON.`, status)
    }
  }
