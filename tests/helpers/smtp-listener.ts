import type { AddressInfo } from 'node:net'

import { SMTPServer } from 'smtp-server'

export type ReceivedMail = { from: string; to: string[]; raw: string }

/** A reply the listener gives a recipient instead of accepting it (tests set it through refuseRecipients()). */
export type SmtpRefusal = { code: number; message: string }
type Refuse = (address: string) => SmtpRefusal | null
const refusals = globalThis as { __zhikuSmtpRefuse?: Refuse }

/** A real SMTP server on localhost that keeps what it receives, for asserting on sent mail. */
export async function startSmtpListener(): Promise<{ port: number; mails: ReceivedMail[]; close: () => Promise<void> }> {
  const mails: ReceivedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const refusal = refusals.__zhikuSmtpRefuse?.(address.address) ?? null
      if (!refusal) return callback()
      const error = Object.assign(new Error(refusal.message), { responseCode: refusal.code })
      return callback(error)
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return { port, mails, close: () => new Promise((resolve) => server.close(() => resolve())) }
}

/** The mail received so far by this test file's SMTP listener (started in tests/int/setup-env.ts). */
export function mailbox(): ReceivedMail[] {
  const mails = (globalThis as { __zhikuMailbox?: ReceivedMail[] }).__zhikuMailbox
  if (!mails) throw new Error('No SMTP listener: mailbox() works in integration tests only')
  return mails
}

/** Makes this file's SMTP listener refuse recipients (e.g. 451 temporary, 550 permanent); null accepts all again. */
export function refuseRecipients(refuse: Refuse | null): void {
  refusals.__zhikuSmtpRefuse = refuse ?? undefined
}
