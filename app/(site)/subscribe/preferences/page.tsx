import type { Metadata } from 'next'

import { newsletterChoices, subscriptionByToken } from '../../_data/subscriptions'

export const metadata: Metadata = { title: '管理订阅 Preferences', robots: { index: false } }

/** Newsletters and language of one subscription, reached by the signed link in every email. */
export default async function PreferencesPage({ searchParams }: { searchParams: Promise<{ token?: string; saved?: string }> }) {
  const { token = '', saved } = await searchParams
  const found = await subscriptionByToken(token)
  if (!found.ok) {
    return (
      <article className="subscribe">
        <h1>链接无效或已过期</h1>
        <p lang="en">This link is not valid or has expired.</p>
      </article>
    )
  }
  const { subscriber } = found
  const choices = await newsletterChoices()
  const chosen = new Set((subscriber.newsletters ?? []).map((item) => String(typeof item === 'object' ? item.id : item)))
  return (
    <article className="subscribe">
      <h1>管理订阅 Preferences</h1>
      <p>{subscriber.email}</p>
      {saved ? <p role="status">已保存。Saved.</p> : null}
      <form method="post" action={`/subscribe/preferences/save?token=${encodeURIComponent(token)}`}>
        <fieldset>
          <legend>专栏 Newsletters</legend>
          {choices.map((choice) => (
            <label key={choice.slug}>
              <input type="checkbox" name="newsletters" value={choice.slug} defaultChecked={chosen.has(String(choice.id))} /> {choice.title}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>语言 Language</legend>
          <label>
            <input type="radio" name="language" value="zh" defaultChecked={subscriber.language !== 'en'} /> 中文
          </label>
          <label>
            <input type="radio" name="language" value="en" defaultChecked={subscriber.language === 'en'} /> English
          </label>
        </fieldset>
        <button type="submit">保存 Save</button>
      </form>
      <p>
        <a href={`/unsubscribe?token=${encodeURIComponent(token)}`}>退订全部 Unsubscribe from all</a>
      </p>
    </article>
  )
}
