import { Body, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from '@react-email/components'
import { render } from '@react-email/render'

import { correctionNoticeText, newsletterModel, newsletterText, type NewsletterLinks, type NewsletterModel } from '../../src/distribution/newsletter-parts'
import type { ReleaseContent } from '../../src/release/release-content'

/*
 * The newsletter email, laid out by react-email (tables, inline CSS) around the release's content.
 * It is rendered once per release and language; each recipient's own links are filled in after
 * (placeholders below), so a send of 10,000 renders twice, not 10,000 times.
 */
export const GMAIL_CLIP_BYTES = 100 * 1024

const PLACEHOLDER = { unsubscribeUrl: 'https://zhiku.invalid/__unsubscribe__', preferencesUrl: 'https://zhiku.invalid/__preferences__' } as const

export type EmailLanguage = 'zh' | 'en'

const CHROME = {
  zh: { viewOnline: '在线阅读', references: '参考资料', preferences: '管理订阅', unsubscribe: '退订', why: '你收到这封邮件，是因为订阅了' },
  en: { viewOnline: 'View online', references: 'References', preferences: 'Preferences', unsubscribe: 'Unsubscribe', why: 'You get this email because you subscribed to' },
}

// Colours chosen to read in light mode and under the dark-mode inversion of Gmail, Outlook and Apple Mail.
const COLOR = { text: '#222222', muted: '#666666', accent: '#1a56a8', page: '#f4f4f4', card: '#ffffff', rule: '#dddddd' }
const FONT = "-apple-system,BlinkMacSystemFont,'PingFang SC','Hiragino Sans GB','Microsoft YaHei','Segoe UI',Arial,sans-serif"

function NewsletterEmail({ model, issueUrl, newsletterTitle, language }: { model: NewsletterModel; issueUrl: string; newsletterTitle: string; language: EmailLanguage }) {
  const t = CHROME[language]
  return (
    <Html lang="zh-CN">
      <Head>
        <meta name="color-scheme" content="light dark" />
        <meta name="supported-color-schemes" content="light dark" />
        <title>{model.subject}</title>
      </Head>
      <Preview>{model.preview}</Preview>
      <Body style={{ backgroundColor: COLOR.page, color: COLOR.text, fontFamily: FONT, margin: 0, padding: '16px 0' }}>
        <Container style={{ backgroundColor: COLOR.card, maxWidth: '640px', padding: '24px' }}>
          <Text style={{ color: COLOR.muted, fontSize: '13px', margin: '0 0 8px' }}>
            {model.meta} · <Link href={issueUrl} style={{ color: COLOR.accent }}>{t.viewOnline}</Link>
          </Text>
          <Heading as="h1" style={{ fontSize: '24px', lineHeight: '1.4', margin: '0 0 16px', color: COLOR.text }}>
            {model.title}
          </Heading>
          {model.correction ? <Text style={{ fontSize: '15px', color: '#8a4b00', backgroundColor: '#fff6e5', padding: '8px 12px' }}>{model.correction}</Text> : null}
          <Section>
            <div dangerouslySetInnerHTML={{ __html: model.introHtml }} />
          </Section>
          {model.sections.map((section, index) => (
            <Section key={index} style={{ marginTop: '24px' }}>
              <Heading as="h2" style={{ fontSize: '19px', lineHeight: '1.5', margin: '0 0 10px', color: COLOR.text }}>
                {section.thinkTank ? <span style={{ display: 'block', fontSize: '14px', color: COLOR.accent, fontWeight: 'normal' }}>{section.thinkTank}</span> : null}
                {section.headline}
                {section.references.length > 0 ? <sup style={{ fontSize: '12px', color: COLOR.muted }}> {section.references.map((n) => `[${n}]`).join('')}</sup> : null}
              </Heading>
              <div dangerouslySetInnerHTML={{ __html: section.bodyHtml }} />
            </Section>
          ))}
          {model.notes.length > 0 ? (
            <Section style={{ marginTop: '24px' }}>
              <Heading as="h2" style={{ fontSize: '16px', margin: '0 0 8px', color: COLOR.text }}>
                {t.references}
              </Heading>
              {model.notes.map((note) => (
                <Text key={note.number} style={{ fontSize: '13px', lineHeight: '1.6', margin: '0 0 4px', color: COLOR.muted, wordBreak: 'break-all' }}>
                  [{note.number}] {note.url ? <Link href={note.url} style={{ color: COLOR.accent }}>{note.url}</Link> : note.title}
                </Text>
              ))}
            </Section>
          ) : null}
          {model.credits.length > 0 ? (
            <Section style={{ marginTop: '24px' }}>
              <Hr style={{ borderColor: COLOR.rule }} />
              {model.credits.map((line) => (
                <Text key={line} style={{ fontSize: '14px', margin: '0 0 4px', color: COLOR.muted }}>
                  {line}
                </Text>
              ))}
            </Section>
          ) : null}
          <Hr style={{ borderColor: COLOR.rule, marginTop: '24px' }} />
          <Text style={{ fontSize: '12px', color: COLOR.muted }}>
            {t.why} {newsletterTitle}. <Link href={issueUrl} style={{ color: COLOR.accent }}>{t.viewOnline}</Link> ·{' '}
            <Link href={PLACEHOLDER.preferencesUrl} style={{ color: COLOR.accent }}>{t.preferences}</Link> ·{' '}
            <Link href={PLACEHOLDER.unsubscribeUrl} style={{ color: COLOR.accent }}>{t.unsubscribe}</Link>
          </Text>
        </Container>
      </Body>
    </Html>
  )
}

export type RenderedNewsletter = {
  subject: string
  /** The HTML and text with the recipient's links filled in. */
  forRecipient: (links: Pick<NewsletterLinks, 'unsubscribeUrl' | 'preferencesUrl'>) => { html: string; text: string }
  bytes: number
  warnings: string[]
}

const fill = (template: string, links: Pick<NewsletterLinks, 'unsubscribeUrl' | 'preferencesUrl'>) =>
  template.replaceAll(PLACEHOLDER.unsubscribeUrl, links.unsubscribeUrl).replaceAll(PLACEHOLDER.preferencesUrl, links.preferencesUrl)

/** Renders a release's newsletter email once; recipients' links are filled in per message. */
export async function renderNewsletter(content: ReleaseContent, { issueUrl, language = 'zh' }: { issueUrl: string; language?: EmailLanguage }): Promise<RenderedNewsletter> {
  const model = newsletterModel(content)
  const html = await render(<NewsletterEmail model={model} issueUrl={issueUrl} newsletterTitle={content.issue.newsletter.title} language={language} />)
  const text = newsletterText(content, { issueUrl, ...PLACEHOLDER })
  const bytes = Buffer.byteLength(html, 'utf8')
  const warnings =
    bytes > GMAIL_CLIP_BYTES ? [`The email is ${Math.round(bytes / 1024)} KB; Gmail clips messages over about 100 KB (readers then see “View entire message”).`] : []
  return { subject: model.subject, bytes, warnings, forRecipient: (links) => ({ html: fill(html, links), text: fill(text, links) }) }
}

function CorrectionNotice({ content, issueUrl, unsubscribeUrl }: { content: ReleaseContent; issueUrl: string; unsubscribeUrl: string }) {
  const { subject } = correctionNoticeText(content, { issueUrl, unsubscribeUrl, preferencesUrl: '' })
  return (
    <Html lang="zh-CN">
      <Head>
        <meta name="color-scheme" content="light dark" />
        <title>{subject}</title>
      </Head>
      <Body style={{ backgroundColor: COLOR.page, color: COLOR.text, fontFamily: FONT, padding: '16px 0' }}>
        <Container style={{ backgroundColor: COLOR.card, maxWidth: '640px', padding: '24px' }}>
          <Heading as="h1" style={{ fontSize: '20px', color: COLOR.text }}>
            更正 Correction：{content.issue.title}
          </Heading>
          <Text style={{ fontSize: '16px' }}>{content.correction?.note ?? ''}</Text>
          <Text>
            <Link href={issueUrl} style={{ color: COLOR.accent }}>
              阅读更正后的版本 Read the corrected issue
            </Link>
          </Text>
          <Hr style={{ borderColor: COLOR.rule }} />
          <Text style={{ fontSize: '12px', color: COLOR.muted }}>
            <Link href={unsubscribeUrl} style={{ color: COLOR.accent }}>退订 Unsubscribe</Link>
          </Text>
        </Container>
      </Body>
    </Html>
  )
}

/** The short notice of a correction, rendered once; the recipient's unsubscribe link filled in per message. */
export async function renderCorrectionNotice(content: ReleaseContent, { issueUrl }: { issueUrl: string }): Promise<RenderedNewsletter> {
  const html = await render(<CorrectionNotice content={content} issueUrl={issueUrl} unsubscribeUrl={PLACEHOLDER.unsubscribeUrl} />)
  const { subject, text } = correctionNoticeText(content, { issueUrl, ...PLACEHOLDER })
  return { subject, bytes: Buffer.byteLength(html), warnings: [], forRecipient: (links) => ({ html: fill(html, links), text: fill(text, links) }) }
}
