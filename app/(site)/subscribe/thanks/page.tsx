import type { Metadata } from 'next'

export const metadata: Metadata = { title: '请查收确认邮件 Check your inbox' }

export default function SubscribeThanksPage() {
  return (
    <article className="subscribe">
      <h1>请查收确认邮件</h1>
      <p>如果地址有效，我们已发出一封确认邮件；点击其中的链接即完成订阅（7 天内有效）。</p>
      <p lang="en">If the address can receive our mail, a confirmation link is on its way; it works for 7 days.</p>
    </article>
  )
}
