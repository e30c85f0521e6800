import nodemailer from 'nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'

export type SmtpSettings = {
  host: string
  port: number
  secure: boolean
  user?: string
  password?: string
  fromAddress: string
  fromName: string
  maxConnections?: number
}

/*
 * Payload's email adapter over nodemailer's SMTP transport. (@payloadcms/email-nodemailer is the
 * same thing, but its latest release pins payload 3.90.1 and Payload refuses to start with mixed
 * versions; swap back when it catches up.)
 */
export function smtpEmailAdapter(settings: SmtpSettings): EmailAdapter {
  // Pooled: newsletter sends reuse a few connections instead of one per message.
  const transport = nodemailer.createTransport({
    pool: true,
    maxConnections: settings.maxConnections ?? 8,
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    auth: settings.user ? { user: settings.user, pass: settings.password } : undefined,
  })
  return () => ({
    name: 'smtp',
    defaultFromAddress: settings.fromAddress,
    defaultFromName: settings.fromName,
    sendEmail: async (message: SendEmailOptions) =>
      transport.sendMail({ from: `"${settings.fromName}" <${settings.fromAddress}>`, ...message }),
  })
}
