import { inject } from 'vitest'

import { startSmtpListener } from '../helpers/smtp-listener'

process.env.DATABASE_URI = inject('databaseUri')
process.env.PAYLOAD_SECRET ||= 'integration-test-secret'
process.env.MEDIA_DIR ||= 'data/test-media'
process.env.NEXT_TELEMETRY_DISABLED = '1'
// Expected 4xx refusals are logged as errors by Payload; keep the test output to the results.
process.env.PAYLOAD_LOG_LEVEL ||= 'fatal'
// Tests run the scheduled-publishing queue themselves, when they choose.
process.env.ZHIKU_JOBS_AUTORUN = 'false'

// A real SMTP server on localhost receives the mail Payload sends; tests read it through mailbox().
const smtp = await startSmtpListener()
process.env.SMTP_HOST = '127.0.0.1'
process.env.SMTP_PORT = String(smtp.port)
;(globalThis as { __zhikuMailbox?: typeof smtp.mails }).__zhikuMailbox = smtp.mails
