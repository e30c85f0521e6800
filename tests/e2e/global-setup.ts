import { writeFileSync } from 'node:fs'
import path from 'node:path'

import { SMTPServer } from 'smtp-server'

import { E2E_MAIL_DIR, E2E_SMTP_PORT, resetMailDrop } from './mailbox'

/** A real SMTP server for the browser tests' server, for the whole run; each message becomes a file (mailbox.ts). */
export default async function globalSetup(): Promise<() => Promise<void>> {
  resetMailDrop()
  let received = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        received += 1
        const name = `${Date.now()}-${String(received).padStart(6, '0')}.json`
        const mail = { to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw: Buffer.concat(chunks).toString('utf8') }
        writeFileSync(path.join(E2E_MAIL_DIR, name), JSON.stringify(mail))
        callback()
      })
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(E2E_SMTP_PORT, '127.0.0.1', resolve)
  })
  return () => new Promise((resolve) => server.close(() => resolve()))
}
