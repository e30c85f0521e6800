import { bilingual } from '../i18n/bilingual'

/** Words of the workflow panel and the dashboard queue, in both admin languages. */
export const PANEL_TEXT = {
  title: bilingual('审核流程', 'Review chain'),
  stage: bilingual('当前阶段', 'Stage'),
  revision: bilingual('修订版', 'Revision'),
  saveFirst: bilingual('保存草稿后即可提交审核。', 'Save the draft first, then submit it for review.'),
  signoffs: bilingual('签发', 'Sign-offs'),
  noSignoffs: bilingual('本修订版尚无签发。', 'No sign-offs on this revision yet.'),
  checks: bilingual('编辑检查', 'Editorial checks'),
  noFindings: bilingual('未发现问题。', 'No problems found.'),
  history: bilingual('流程记录', 'History'),
  nothingToDo: bilingual('您目前无需操作。', 'Nothing for you to do now.'),
  rejectTitle: bilingual('退回修改', 'Send back for changes'),
  rejectPrompt: bilingual('请说明需要修改的地方（必填）', 'Say what needs to change (required)'),
  confirm: bilingual('确认退回', 'Send back'),
  cancel: bilingual('取消', 'Cancel'),
  loading: bilingual('加载中…', 'Loading…'),
  queueTitle: bilingual('等待我处理', 'Waiting for me'),
  queueEmpty: bilingual('目前没有等待您处理的期刊。', 'No issue is waiting for you.'),
  number: bilingual('期号', 'No.'),
  issue: bilingual('期刊', 'Issue'),
  actions: bilingual('可执行操作', 'You can'),
  publishHint: bilingual('发布由审核流程完成：在右侧「审核流程」面板中操作。', 'Publishing happens through the review chain: use the Review chain panel.'),
} as const

/** Words of the confirmation, the header's stage, the sign-off rows, an article's issues and the board. */
export const DESK_TEXT = {
  confirmTitle: bilingual('确认操作', 'Confirm'),
  commentOptional: bilingual('意见（可选）', 'Comment (optional)'),
  commentRequired: bilingual('说明（必填）', 'Comment (required)'),
  cancel: bilingual('取消', 'Cancel'),
  stageHeader: bilingual('阶段', 'Stage'),
  articleIssues: bilingual('所在期刊', 'In issues'),
  articleNotInIssue: bilingual('未编入期刊', 'Not in an issue'),
  articleNoIssue: bilingual('尚未编入期刊。文章随所在期刊经审核流程发布。', 'Not in an issue yet. An article is published with its issue, through the review chain.'),
  articlePublishHint: bilingual('文章随所在期刊发布：见右侧「所在期刊」。', 'An article is published with its issue: see “In issues”.'),
  boardTitle: bilingual('期刊看板', 'Issue board'),
  boardMine: bilingual('只看我的', 'Mine only'),
  boardEmpty: bilingual('无', 'None'),
  boardLink: bilingual('打开期刊看板', 'Open the issue board'),
  boardDone: bilingual('操作已完成', 'Done'),
} as const
