import type { Say } from '../checks/say'

/*
 * The watch desk's answers to a person (triage, start-article, from-url, poll), each in one language:
 * the caller picks `say` for the request (the admin's language cookie, else Accept-Language, else
 * Chinese — Payload's `req.i18n.language`), as findings do (src/checks/say.ts).
 */

export const WATCH_MESSAGES = {
  logIn: (say: Say) => say('请先登录。', 'Log in first.'),
  editorsOnly: (say: Say) => say('只有编辑或管理员可以执行此操作。', 'Only an editor or an administrator can do this.'),
  noSuchLead: (say: Say) => say('找不到该线索。', 'No such lead.'),
  noSuchFeed: (say: Say) => say('找不到该订阅源。', 'No such feed.'),
  leadUsed: (say: Say) => say('该线索已用于文章，状态保持“已采用”。', 'This lead was already used for an article; its status stays "used".'),
  leadAlreadyStarted: (say: Say, article: string | number | undefined) =>
    article === undefined
      ? say('已有人从该线索开始写文章。', 'An article was already started from this lead.')
      : say(`已有人从该线索开始写文章（文章 ${article}）。`, `An article was already started from this lead (article ${article}).`),
  usedOnlyByStarting: (say: Say) =>
    say(
      '线索只能通过“开始写文章”（POST /api/leads/:id/start-article）标为已采用。',
      'A lead becomes "used" by starting an article from it (POST /api/leads/:id/start-article).',
    ),
  skipNeedsReason: (say: Say) => say('跳过线索须填写原因（skipReason）。', 'Skipping a lead needs a reason (skipReason).'),
  leadNeedsThinkTank: (say: Say) =>
    say('请先为线索选择智库：文献和文章都归属于一个智库。', "Set the lead's think tank first: the source and the article belong to one."),
  sendJson: (say: Say) => say('请求正文须以 application/json 发送。', 'Send the request body as application/json.'),
  bodyNotJson: (say: Say) => say('请求正文必须是 JSON。', 'The request body must be JSON.'),
  notHttpUrl: (say: Say, url: string) => say(`“${url}”不是完整的 http:// 或 https:// 网址。`, `"${url}" is not a full http:// or https:// address.`),
  // Request bodies (src/watch/watch-input.ts)
  pollBodyShape: (say: Say) => say('请求正文必须是 JSON 对象：{ "feed"?: id, "force"?: boolean }。', 'The body must be a JSON object: { "feed"?: id, "force"?: boolean }.'),
  pollUnknownKeys: (say: Say, keys: string) =>
    say(`未知字段：${keys}。请发送 { "feed"?: id, "force"?: boolean }。`, `Unknown field(s): ${keys}. Send { "feed"?: id, "force"?: boolean }.`),
  feedNotId: (say: Say) => say('"feed" 必须是订阅源编号。', '"feed" must be a feed id.'),
  forceNotBoolean: (say: Say) => say('"force" 必须是 true 或 false。', '"force" must be true or false.'),
  fromUrlBodyShape: (say: Say) => say('请求正文必须是 JSON 对象：{ "url": "https://…", "thinkTank"?: id }。', 'The body must be a JSON object: { "url": "https://…", "thinkTank"?: id }.'),
  urlRequired: (say: Say) => say('"url" 为必填：报告网页的地址。', '"url" is required: the address of the report page.'),
  urlTooLong: (say: Say) => say('"url" 超过 2048 个字符。', '"url" is longer than 2048 characters.'),
  thinkTankNotId: (say: Say) => say('"thinkTank" 必须是智库编号。', '"thinkTank" must be a think tank id.'),
} as const
