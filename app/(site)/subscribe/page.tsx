import type { Metadata } from 'next'

import { getLanguage } from '../_data/viewer'

export const metadata: Metadata = { title: '订阅 Subscribe' }

const ERRORS: Record<string, string> = {
  invalid: '请填写有效的邮箱地址。Please give a valid email address.',
  rate: '请求过于频繁，请一小时后再试。Too many requests; try again in an hour.',
  expired: '确认链接已过期或无效，请重新订阅。The link has expired or is not valid; subscribe again.',
}

/** The subscription form: a plain HTML form (works without JavaScript), posted to /subscribe/submit. */
export default async function SubscribePage({ searchParams }: { searchParams: Promise<{ error?: string; newsletter?: string }> }) {
  const { error, newsletter } = await searchParams
  const language = await getLanguage()
  const message = error ? ERRORS[error] : undefined
  return (
    <article className="subscribe">
      <h1>{language === 'en' ? 'Subscribe by email' : '邮件订阅'}</h1>
      <p>{language === 'en' ? 'Each new issue in your inbox. We send a link to confirm first.' : '每期出刊后发送到你的邮箱。我们会先发一封确认邮件。'}</p>
      {message ? (
        <p role="alert" className="form-error">
          {message}
        </p>
      ) : null}
      <form method="post" action="/subscribe/submit">
        <label>
          {language === 'en' ? 'Email' : '邮箱'} <input type="email" name="email" required autoComplete="email" maxLength={254} />
        </label>
        <fieldset>
          <legend>{language === 'en' ? 'Language of the emails' : '邮件语言'}</legend>
          <label>
            <input type="radio" name="locale" value="zh" defaultChecked={language !== 'en'} /> 中文
          </label>
          <label>
            <input type="radio" name="locale" value="en" defaultChecked={language === 'en'} /> English
          </label>
        </fieldset>
        {newsletter ? <input type="hidden" name="newsletter" value={newsletter} /> : null}
        {/* Left empty by people; bots that fill every field are answered as if subscribed, and nothing is stored. */}
        <div aria-hidden="true" style={{ position: 'absolute', left: '-10000px', width: 1, height: 1, overflow: 'hidden' }}>
          <label>
            Website <input type="text" name="website" tabIndex={-1} autoComplete="off" />
          </label>
        </div>
        <button type="submit">{language === 'en' ? 'Subscribe' : '订阅'}</button>
      </form>
    </article>
  )
}
