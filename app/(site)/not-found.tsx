import Link from 'next/link'

import { siteText } from '../../src/i18n/site-text'
import { getLanguage } from './_data/viewer'

export default async function NotFound() {
  const language = await getLanguage()
  return (
    <>
      <h1>{siteText(language, 'notFound')}</h1>
      <p>
        {siteText(language, 'notFoundText')} <Link href="/">{siteText(language, 'backHome')}</Link>
      </p>
    </>
  )
}
