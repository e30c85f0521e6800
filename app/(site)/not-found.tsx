import Link from 'next/link'

export default function NotFound() {
  return (
    <>
      <h1>页面不存在</h1>
      <p>
        您要找的页面不存在或尚未发布。<Link href="/">返回首页</Link>
      </p>
    </>
  )
}
