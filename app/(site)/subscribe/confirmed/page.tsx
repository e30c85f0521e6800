import type { Metadata } from 'next'

export const metadata: Metadata = { title: '订阅成功 Subscribed' }

export default function SubscribeConfirmedPage() {
  return (
    <article className="subscribe">
      <h1>订阅成功</h1>
      <p>下一期出刊后将发送到你的邮箱。每封邮件底部都有退订和管理订阅的链接。</p>
      <p lang="en">You are subscribed. Every email has links to unsubscribe or change your preferences.</p>
    </article>
  )
}
