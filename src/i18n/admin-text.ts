import { bilingual } from './bilingual'

/** Admin labels that are not a collection's or a panel's own. */
export const ADMIN_TEXT = {
  apiTab: bilingual('接口数据', 'API'),
} as const

/** How the admin shows a date and time (date-fns, localised by Payload): 2026年12月5日 11:53 / December 5th, 2026 11:53. */
export const ADMIN_DATE_FORMAT = 'PPP HH:mm'

/** The same for the admin's own components: 2026年12月5日 11:53 / December 5, 2026, 11:53. */
export function formatAdminDateTime(value: string | number | Date, language: string | undefined): string {
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  return new Intl.DateTimeFormat(language === 'en' ? 'en-US' : 'zh-CN', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date)
}

/** A date alone: 2026年12月5日 / December 5, 2026. */
export function formatAdminDate(value: string | number | Date, language: string | undefined): string {
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  return new Intl.DateTimeFormat(language === 'en' ? 'en-US' : 'zh-CN', { year: 'numeric', month: 'long', day: 'numeric' }).format(date)
}
