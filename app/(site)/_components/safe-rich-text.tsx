import type { SerializedAutoLinkNode, SerializedLinkNode } from '@payloadcms/richtext-lexical'
import { type JSXConverter, type JSXConvertersFunction, RichText } from '@payloadcms/richtext-lexical/react'

import { safeHref } from '../../../src/site/safe-href'

type Data = Parameters<typeof RichText>[0]['data']

/** Links survive only as http(s) or mailto; anything else (javascript:, data:) is shown as plain text. */
const safeLink: JSXConverter<SerializedAutoLinkNode | SerializedLinkNode> = ({ node, nodesToJSX }) => {
  const children = nodesToJSX({ nodes: node.children })
  const href = node.fields.linkType === 'internal' ? null : safeHref(node.fields.url)
  if (!href) return <span>{children}</span>
  return (
    <a href={href} rel="noopener noreferrer" target={node.fields.newTab ? '_blank' : undefined}>
      {children}
    </a>
  )
}

const converters: JSXConvertersFunction = ({ defaultConverters }) => ({ ...defaultConverters, link: safeLink, autolink: safeLink })

export function SafeRichText({ data, className, lang }: { data: unknown; className?: string; lang?: string }) {
  if (!data) return null
  return (
    <div className={className} lang={lang}>
      <RichText converters={converters} data={data as Data} disableContainer />
    </div>
  )
}
