import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'

/*
 * The mail the browser tests' server sends: it goes by SMTP (playwright.config.ts points the server at
 * E2E_SMTP_PORT) to a real smtp-server listener that runs for the whole test run (global-setup.ts) and
 * drops each message as a file here, where tests in the worker processes read it.
 */
export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT || 3325)
export const E2E_MAIL_DIR = path.resolve('data', 'e2e-mail')

export type DroppedMail = { to: string[]; raw: string }

export function resetMailDrop(): void {
  rmSync(E2E_MAIL_DIR, { recursive: true, force: true })
  mkdirSync(E2E_MAIL_DIR, { recursive: true })
}

/** Every message received so far, oldest first. */
export function droppedMail(): DroppedMail[] {
  return readdirSync(E2E_MAIL_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(path.join(E2E_MAIL_DIR, name), 'utf8')) as DroppedMail)
}

/** The messages received for `address` (waits up to `timeoutMs` for at least one when asked). */
export async function mailTo(address: string, { timeoutMs = 0 } = {}): Promise<DroppedMail[]> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const found = droppedMail().filter((mail) => mail.to.includes(address))
    if (found.length > 0 || Date.now() >= deadline) return found
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}
