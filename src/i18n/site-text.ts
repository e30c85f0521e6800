import { bilingual, type Bilingual } from './bilingual'

export const SITE_LANGUAGES = ['zh', 'en'] as const
export type SiteLanguage = (typeof SITE_LANGUAGES)[number]

export const isSiteLanguage = (value: unknown): value is SiteLanguage => value === 'zh' || value === 'en'

/** The site chrome in both languages; content stays in the language it was written in. */
export const SITE_TEXT = {
  siteName: bilingual('智库观察', 'Zhiku Think-Tank Watch'),
  tagline: bilingual('海外智库研究的中文摘要与评述', 'Chinese digests of think-tank research'),
  skip: bilingual('跳到正文', 'Skip to content'),
  home: bilingual('首页', 'Home'),
  archive: bilingual('往期', 'Archive'),
  search: bilingual('搜索', 'Search'),
  latest: bilingual('最新一期', 'Latest issue'),
  recent: bilingual('近期各期', 'Recent issues'),
  none: bilingual('尚无已发布的期刊。', 'No issue has been published yet.'),
  issueNo: bilingual('第 {n} 期', 'No. {n}'),
  references: bilingual('参考文献', 'References'),
  credits: bilingual('署名', 'Credits'),
  previous: bilingual('上一期', 'Previous issue'),
  next: bilingual('下一期', 'Next issue'),
  inIssue: bilingual('刊于', 'In'),
  sources: bilingual('原文', 'Sources'),
  thinkTank: bilingual('智库', 'Think tank'),
  topics: bilingual('主题', 'Topics'),
  articlesAbout: bilingual('相关文章', 'Articles'),
  searchLabel: bilingual('搜索已发布的文章', 'Search published articles'),
  searchButton: bilingual('搜索', 'Search'),
  searchEmpty: bilingual('请输入要搜索的词语，例如「出口管制」。', 'Type a word to search for, e.g. 出口管制.'),
  searchNone: bilingual('没有找到包含「{q}」的文章。', 'No article contains “{q}”.'),
  searchCount: bilingual('找到 {n} 篇文章', '{n} article(s) found'),
  searchYear: bilingual('年份', 'Year'),
  searchOnlyThinkTank: bilingual('只看该智库', 'Only this think tank'),
  searchClearFilters: bilingual('清除筛选', 'Clear filters'),
  page: bilingual('第 {page} / {pages} 页', 'Page {page} of {pages}'),
  newer: bilingual('较新', 'Newer'),
  older: bilingual('较早', 'Older'),
  notFound: bilingual('页面不存在', 'Page not found'),
  notFoundText: bilingual('您要找的页面不存在或尚未发布。', 'The page does not exist or has not been published.'),
  backHome: bilingual('返回首页', 'Back to the home page'),
  preview: bilingual('预览：您看到的是尚未发布的版本。', 'Preview: you are seeing an unpublished revision.'),
  exitPreview: bilingual('退出预览', 'Leave preview'),
  feeds: bilingual('订阅', 'Subscribe'),
  language: bilingual('English', '中文'),
  correction: bilingual('更正', 'Correction'),
  corrections: bilingual('更正记录', 'Corrections'),
  correctionsNone: bilingual('尚无更正。', 'No correction has been published.'),
  correctionsIntro: bilingual('已发布期刊的每一次更正，最新的在前。', 'Every correction of a published issue, newest first.'),
  earlierVersion: bilingual('查看更正前的版本（第 {revision} 版）', 'See the version before this correction (revision {revision})'),
  newerVersion: bilingual('您看到的是此期的第 {revision} 版；此期已有更正后的新版本。', 'You are reading revision {revision} of this issue; a newer, corrected version exists.'),
  readCurrent: bilingual('阅读当前版本', 'Read the current version'),
  fingerprint: bilingual('发布指纹', 'Release fingerprint'),
} satisfies Record<string, Bilingual>

export type SiteTextKey = keyof typeof SITE_TEXT

export function siteText(language: SiteLanguage, key: SiteTextKey, values: Record<string, string | number> = {}): string {
  return Object.entries(values).reduce((text, [name, value]) => text.replaceAll(`{${name}}`, String(value)), SITE_TEXT[key][language])
}

/** `siteText` bound to one language, as pages use it. */
export const siteTextFor =
  (language: SiteLanguage) =>
  (key: SiteTextKey, values: Record<string, string | number> = {}): string =>
    siteText(language, key, values)
