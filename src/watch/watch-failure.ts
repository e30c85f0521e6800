import type { Say } from '../checks/say'
import { isRecord } from '../content/is-record'

/*
 * Why a feed or page could not be read, as a stable code and its details, so the message is written
 * in the reader's language when it is shown (a feed's `lastError` is read later, by people using
 * either admin language): `failureText(failure, say)`. Stored on a feed as JSON in `lastError`
 * (`encodeFailure`), rendered on every read (`renderStoredFailure`).
 */

type Params = Record<string, string | number>

/** The address kinds of ipaddr.js in Chinese (`private` → 私有). */
const KIND_ZH: Record<string, string> = {
  loopback: '回环',
  private: '私有',
  linkLocal: '链路本地',
  uniqueLocal: '唯一本地',
  reserved: '保留',
  unspecified: '未指定',
  broadcast: '广播',
  multicast: '组播',
  carrierGradeNat: '运营商级 NAT',
}


const TEXT = {
  'allow-list-invalid': (p, say) => say(`ZHIKU_WATCH_ALLOW_HOSTS 中有无法识别的条目（既非主机名、地址也非网段）：${p.entries}`, `ZHIKU_WATCH_ALLOW_HOSTS has entries that are neither host names, addresses nor ranges: ${p.entries}`),
  scheme: (p, say) => say(`只抓取 http 和 https 地址，不抓取 ${p.protocol}`, `Only http and https addresses are fetched, not ${p.protocol}`),
  credentials: (_p, say) => say('不抓取含用户名或密码的地址', 'Addresses with a user name or password are not fetched'),
  'not-ip': (p, say) => say(`“${p.address}”不是 IP 地址`, `"${p.address}" is not an IP address`),
  'address-refused': (p, say) =>
    say(
      `${p.host} 解析为 ${p.address}，属于${KIND_ZH[String(p.kind)] ?? p.kind}地址；观察台只抓取公网地址（ZHIKU_WATCH_ALLOW_HOSTS 可放行更多）`,
      `${p.host} resolves to ${p.address}, a ${p.kind} address; the watch desk only fetches from public addresses (ZHIKU_WATCH_ALLOW_HOSTS allows more)`,
    ),
  'too-large-inflated': (p, say) => say(`解压后的正文超过 ${p.mb} MB`, `The body is larger than ${p.mb} MB once decompressed`),
  'too-large-declared': (p, say) => say(`正文有 ${p.bytes} 字节，最多读取 ${p.mb} MB`, `The body is ${p.bytes} bytes; at most ${p.mb} MB are read`),
  'too-large': (p, say) => say(`正文超过 ${p.mb} MB`, `The body is larger than ${p.mb} MB`),
  decompress: (p, say) => say(`正文无法解压（${p.coding}）：${p.detail}`, `The body could not be decompressed (${p.coding}): ${p.detail}`),
  'content-encoding': (p, say) => say(`未知的 Content-Encoding“${p.coding}”`, `Unknown Content-Encoding "${p.coding}"`),
  deadline: (p, say) => say(`${p.host} 超时，已放弃（每个订阅源总共 ${p.seconds} 秒，含正文）`, `Gave up on ${p.host} after ${p.seconds} s (a feed gets ${p.seconds} s in total, body included)`),
  timeout: (p, say) => say(`${p.host} 未及时响应`, `${p.host} did not answer in time`),
  network: (p, say) => say(`无法连接 ${p.host}：${p.detail}`, `Could not fetch ${p.host}: ${p.detail}`),
  'not-url': (p, say) => say(`“${p.url}”不是网址`, `"${p.url}" is not a URL`),
  'http-status': (p, say) => say(`${p.url} 返回 HTTP ${p.status}`, `HTTP ${p.status} from ${p.url}`),
  'redirect-no-location': (p, say) => say(`${p.url} 返回 HTTP ${p.status}，但没有 Location`, `HTTP ${p.status} from ${p.url} without a Location`),
  redirects: (p, say) => say(`从 ${p.url} 起重定向超过 ${p.max} 次`, `More than ${p.max} redirects, starting from ${p.url}`),
  'redirect-not-url': (p, say) => say(`重定向到“${p.target}”，这不是网址`, `Redirected to "${p.target}", which is not a URL`),
  'unexpected-answer': (p, say) => say(`${p.url} 的回应不符合预期`, `Unexpected answer from ${p.url}`),
  'page-not-read': (p, say) => say(`无法读取该网页：${p.detail}`, `The page could not be read: ${p.detail}`),
  entities: (_p, say) => say('文档声明了 XML 实体（<!ENTITY>）；观察台拒绝实体展开', 'The document declares XML entities (<!ENTITY>); the watch desk refuses them (entity expansion)'),
  'html-no-feed': (_p, say) => say('这是 HTML 网页而不是订阅源，且网页中没有标明订阅源（<link rel="alternate" type="application/rss+xml">）', 'This is an HTML page, not a feed, and it names no feed (<link rel="alternate" type="application/rss+xml">)'),
  'feed-link-html': (p, say) => say(`网页标明的订阅源 ${p.url} 也是 HTML 网页`, `The page names ${p.url} as its feed, but that is an HTML page too`),
  'not-a-feed': (_p, say) => say('不是订阅源：既非 RSS、RDF、Atom 也非 JSON Feed', 'Not a feed: neither RSS, RDF, Atom nor JSON Feed'),
  malformed: (p, say) => say(`订阅源格式有误：${p.detail}`, `Malformed feed: ${p.detail}`),
  unreadable: (p, say) => say(`无法读取订阅源：${p.detail}`, `Unreadable feed: ${p.detail}`),
  'retry-after': (p, say) => say(`对方服务器要求等到 ${p.until} 再试（Retry-After）；强制抓取可忽略`, `The server asked to wait until ${p.until} (Retry-After); poll with force to fetch anyway`),
  'in-flight': (_p, say) => say('该订阅源正在抓取中', 'This feed is being polled already'),
  internal: (_p, say) => say('内部错误，详见服务器日志', 'Internal error; see the server log'),
} satisfies Record<string, (params: Params, say: Say) => string>

export type WatchFailureCode = keyof typeof TEXT

export type WatchFailure = { code: WatchFailureCode; params: Params }

export const failure = (code: WatchFailureCode, params: Params = {}): WatchFailure => ({ code, params })

export const failureText = ({ code, params }: WatchFailure, say: Say): string => TEXT[code](params, say)

/** The `req.context` key a server-side reader sets to read `lastError` in its language (the feed health view). */
export const READER_LANGUAGE_CONTEXT = 'zhikuReaderLanguage'

const PREFIX = 'zhiku-failure:'

/** How a failure is stored in a text column: a marker and its code and details as JSON. */
export const encodeFailure = (value: WatchFailure): string => `${PREFIX}${JSON.stringify(value)}`

/** A stored value read back: a failure is rendered in the reader's language; older plain text stays as it is. */
export function renderStoredFailure(stored: string | null | undefined, say: Say): string | null | undefined {
  if (!stored || !stored.startsWith(PREFIX)) return stored
  try {
    const parsed: unknown = JSON.parse(stored.slice(PREFIX.length))
    if (isRecord(parsed) && typeof parsed.code === 'string' && parsed.code in TEXT && isRecord(parsed.params)) {
      return failureText({ code: parsed.code as WatchFailureCode, params: parsed.params as Params }, say)
    }
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error
  }
  return stored
}
