import { bilingual } from '../i18n/bilingual'

/** Words of the admin's import page, in both admin languages. */
export const IMPORT_TEXT = {
  title: bilingual('导入往期', 'Import past issues'),
  intro: bilingual(
    '上传一期纯文本、Markdown 或 Word (.docx) 文件，或包含多期文件的 .zip 压缩包。先预览将创建的内容和编辑检查结果，确认后才写入。',
    'Upload one issue as plain text, Markdown or Word (.docx), or a .zip of many. Preview what will be created and what the checks find; nothing is written until you confirm.',
  ),
  file: bilingual('期刊文件', 'Issue file'),
  archive: bilingual('作为已发布的历史期刊导入（署名记为导入的签发，仅管理员）', 'Import as a published archive issue (credits become imported sign-offs; admins only)'),
  preview: bilingual('预览', 'Preview'),
  previewTitle: bilingual('预览：将要创建', 'Preview: what will be created'),
  doneTitle: bilingual('已导入', 'Imported'),
  articles: bilingual('文章', 'Articles'),
  sources: bilingual('新建文献', 'New sources'),
  thinkTanks: bilingual('新建智库', 'New think tanks'),
  matched: bilingual('已有', 'existing'),
  checks: bilingual('编辑检查', 'Editorial checks'),
  confirm: bilingual('确认导入', 'Import'),
  date: bilingual('发布日期', 'Publication date'),
  number: bilingual('期号', 'Issue number'),
  dateOption: bilingual('原文和文件名都没有日期时使用（如 2025-03-15）', 'Used when neither the text nor the file name has a date (e.g. 2025-03-15)'),
  numberOption: bilingual('原文和文件名都没有期号时使用', 'Used when neither the text nor the file name states a number'),
  open: bilingual('打开导入的期刊', 'Open the imported issue'),
  archivePreviewTitle: bilingual('预览：压缩包中的文件', 'Preview: the files in the archive'),
  archiveDoneTitle: bilingual('压缩包导入结果', 'Archive import results'),
  progress: bilingual('进度', 'Progress'),
  fileColumn: bilingual('文件', 'File'),
  outcomeColumn: bilingual('结果', 'Outcome'),
  detailColumn: bilingual('说明', 'Details'),
  wouldImport: bilingual('将导入', 'Would import'),
  imported: bilingual('已导入', 'Imported'),
  skipped: bilingual('已导入过，跳过', 'Already imported, skipped'),
  refused: bilingual('拒绝', 'Refused'),
  leftOut: bilingual('非期刊文件（未导入）', 'Not issue files (left out)'),
  confirmArchive: bilingual('确认导入全部可导入的文件', 'Import every file that can be imported'),
  interrupted: bilingual('连接中断：已完成的文件已导入，再次导入会跳过它们。', 'The connection broke off: the files done so far are imported; importing again skips them.'),
} as const

/** Where the preview says an issue's date or number came from. */
export const PUBLICATION_ORIGIN_TEXT = {
  text: bilingual('见于原文', 'stated in the text'),
  filename: bilingual('见于文件名', 'from the file name'),
  option: bilingual('按填写的值', 'as given'),
  reports: bilingual('按所引报告的最近月份', "the reports' latest month"),
  today: bilingual('未找到，按今天', 'none found: today'),
  sequence: bilingual('顺延下一期', 'the next free number'),
} as const
