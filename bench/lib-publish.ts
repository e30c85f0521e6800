/** Publishing a new issue through the review chain over REST, as the demo accounts (for benchmarks). */
type Json = Record<string, unknown>

export function restClient(app: string) {
  const api = async (path: string, init: { token?: string; body?: unknown } = {}): Promise<Json> => {
    const response = await fetch(`${app}/api${path}`, {
      method: init.body === undefined ? 'GET' : 'POST',
      headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `JWT ${init.token}` } : {}) },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    })
    const json = (await response.json()) as Json
    if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(json)}`)
    return json
  }
  const tokens = new Map<string, string>()
  const token = async (email: string) => {
    let found = tokens.get(email)
    if (!found) tokens.set(email, (found = (await api('/users/login', { body: { email, password: 'demo-password' } })).token as string))
    return found
  }
  return { api, token }
}

const lexical = (text: string) => ({
  root: { type: 'root', version: 1, format: '', indent: 0, direction: 'ltr', children: [{ type: 'paragraph', version: 1, format: '', indent: 0, direction: 'ltr', children: [{ type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 }] }] },
})

/** A draft issue with one article whose slug is `stamp`, ready for the chain; returns its id. */
export async function draftForChain(app: string, stamp: string): Promise<number> {
  const { api, token } = restClient(app)
  const editor = await token('editor@example.com')
  const doc = (json: Json) => json.doc as { id: number }
  const newsletter = ((await api('/newsletters?where[slug][equals]=haiwai-zhiku-guancha', { token: editor })).docs as { id: number }[])[0]!
  const thinkTank = doc(await api('/think-tanks', { token: editor, body: { name: `基准智库${stamp}`, nameEn: `Bench ${stamp}`, domains: [`${stamp}.example.org`] } }))
  const source = doc(await api('/sources', { token: editor, body: { title: `Bench ${stamp}`, url: `https://${stamp}.example.org/`, thinkTank: thinkTank.id } }))
  const article = doc(await api('/articles', { token: editor, body: { headline: `基准文章 ${stamp}`, thinkTank: thinkTank.id, body: lexical('基准测试正文。'), sources: [source.id], slug: stamp } }))
  const issue = doc(await api('/issues', { token: editor, body: { title: `基准期刊 ${stamp}`, slug: stamp, number: 100000 + Math.floor(Math.random() * 1e6), newsletter: newsletter.id, articles: [article.id] } }))
  return issue.id
}

/** Takes a draft through every stage but the last approval; `publish()` gives that last approval. */
export async function readyToPublish(app: string, issueId: number): Promise<{ publish: () => Promise<void> }> {
  const { api, token } = restClient(app)
  const steps: [string, string][] = [
    ['editor@example.com', 'submit'],
    ['reviewer@example.com', 'approve'],
    ['layout@example.com', 'approve'],
    ['final1@example.com', 'approve'],
  ]
  for (const [email, action] of steps) await api(`/issues/${issueId}/workflow`, { token: await token(email), body: { action } })
  const last = await token('final2@example.com')
  return { publish: async () => void (await api(`/issues/${issueId}/workflow`, { token: last, body: { action: 'approve' } })) }
}
