import { addDataAndFileToRequest, APIError, type Endpoint } from 'payload'

import { importArchiveUpload } from '../../../services/import/archive-upload'
import { importIssue, toApiError } from '../../../services/import/import-issue'
import { readIssueFile } from '../../../services/import/read-issue-file'
import { documentId } from '../../../services/payload/document-id'
import { requestLanguage, sayFor } from '../../../services/payload/request-language'
import { findLatestIssue } from '../../../services/workflow/find-latest'
import { fixFindings } from '../../../services/workflow/fix-findings'
import { loadIssueContent } from '../../../services/workflow/load-content'
import { canEditContent, isStaff } from '../../../src/access/predicates'
import { parseFixRequest } from '../../../src/checks/fix-finding'
import { isZipName } from '../../../src/import/archive-names'
import { isJsonContentType } from '../../../src/security/content-type'

const flag = (value: unknown) => value === true || value === 'true' || value === '1' || value === 'on'

/**
 * `POST /api/issues/import?dryRun=true&archive=true&force=true&date=2025-03-15&number=12` (multipart with the field `file`;
 * the options may also come in Payload's `_payload` JSON field) imports one issue; with dryRun it
 * previews without writing. Payload's own upload size limit answers 413 before this runs. A `.zip`
 * is checked as a whole (400/413 when refused, nothing written), then every issue file in it is
 * previewed or imported, each all or nothing, answered as newline-delimited JSON events as it goes.
 * `GET /api/issues/:id/checks` gives staff an issue's editorial checks; `POST /api/issues/:id/checks/fix`
 * with `{ code, location, written? }` applies a fixable finding's correction as the user's own edit.
 * Finding messages are in the request's language (admin language cookie, else Accept-Language, else Chinese).
 */
export const importEndpoints: Endpoint[] = [
  {
    path: '/import',
    method: 'post',
    handler: async (req) => {
      const say = sayFor(req)
      const language = requestLanguage(req)
      if (!req.user) throw new APIError(say('请先登录再导入期刊。', 'Log in to import issues.'), 401)
      if (!canEditContent(req.user)) throw new APIError(say('只有编辑和管理员可以导入期刊。', 'Only editors and administrators can import issues.'), 403)
      await addDataAndFileToRequest(req)
      const file = req.file
      if (!file) throw new APIError(say('请以 multipart 字段“file”附上期刊文件。', 'Attach the issue file as the multipart field "file".'), 400)
      const option = (name: string) => flag(req.searchParams.get(name)) || flag((req.data)?.[name])
      const value = (name: string) => {
        const given: unknown = req.searchParams.get(name) ?? req.data?.[name]
        return typeof given === 'string' || typeof given === 'number' ? String(given) : undefined
      }
      try {
        if (isZipName(file.name)) {
          return await importArchiveUpload(req.payload, {
            bytes: file.data,
            name: file.name,
            user: req.user,
            archive: option('archive'),
            force: option('force'),
            dryRun: option('dryRun'),
            language,
          })
        }
        const text = await readIssueFile(file.data, file.name)
        const report = await importIssue(req.payload, {
          text,
          filename: file.name,
          archive: option('archive'),
          force: option('force'),
          dryRun: option('dryRun'),
          date: value('date'),
          number: value('number'),
          language,
          user: req.user,
        })
        return Response.json(report, { status: report.dryRun ? 200 : 201 })
      } catch (error) {
        throw toApiError(error, language)
      }
    },
  },
  {
    path: '/:id/checks',
    method: 'get',
    handler: async (req) => {
      const say = sayFor(req)
      if (!req.user) throw new APIError(say('请先登录再查看编辑检查。', 'Log in to see editorial checks.'), 401)
      if (!isStaff(req.user)) throw new APIError(say('只有编辑部成员可以查看编辑检查。', 'Only staff can see editorial checks.'), 403)
      const issue = await findLatestIssue(req, documentId(req.payload, req.routeParams?.id))
      const { findings } = await loadIssueContent(req, issue)
      return Response.json({ issue: issue.id, findings })
    },
  },
  {
    path: '/:id/checks/fix',
    method: 'post',
    handler: async (req) => {
      const say = sayFor(req)
      if (!req.user) throw new APIError(say('请先登录。', 'Log in to fix findings.'), 401)
      if (!isStaff(req.user)) throw new APIError(say('只有编辑部成员可以修正检查结果。', 'Only staff can fix findings.'), 403)
      if (!isJsonContentType(req.headers.get('content-type'))) {
        throw new APIError(say('请以 application/json 格式发送请求内容。', 'Send the request body as application/json.'), 415)
      }
      let body: unknown
      try {
        body = req.json ? await req.json() : undefined
      } catch {
        throw new APIError(say('请求内容必须是 JSON：{ "code": …, "location": … }。', 'The request body must be JSON: { "code": …, "location": … }.'), 400)
      }
      const parsed = parseFixRequest(body, requestLanguage(req))
      if (!parsed.ok) throw new APIError(parsed.reason, 400)
      return Response.json(await fixFindings(req, documentId(req.payload, req.routeParams?.id), parsed.request))
    },
  },
]
