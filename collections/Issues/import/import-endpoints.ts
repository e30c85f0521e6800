import { addDataAndFileToRequest, APIError, type Endpoint } from 'payload'

import { importArchiveUpload } from '../../../services/import/archive-upload'
import { importIssue, toApiError } from '../../../services/import/import-issue'
import { readIssueFile } from '../../../services/import/read-issue-file'
import { documentId } from '../../../services/payload/document-id'
import { findLatestIssue } from '../../../services/workflow/find-latest'
import { fixFindings } from '../../../services/workflow/fix-findings'
import { loadIssueContent } from '../../../services/workflow/load-content'
import { canEditContent, isStaff } from '../../../src/access/predicates'
import { parseFixRequest } from '../../../src/checks/fix-finding'
import { checkLanguageOf } from '../../../src/checks/say'
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
      if (!req.user) throw new APIError('Log in to import issues.', 401)
      if (!canEditContent(req.user)) throw new APIError('Only editors and administrators can import issues.', 403)
      await addDataAndFileToRequest(req)
      const file = req.file
      if (!file) throw new APIError('Attach the issue file as the multipart field "file".', 400)
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
            language: checkLanguageOf(req.i18n?.language),
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
          language: checkLanguageOf(req.i18n?.language),
          user: req.user,
        })
        return Response.json(report, { status: report.dryRun ? 200 : 201 })
      } catch (error) {
        throw toApiError(error)
      }
    },
  },
  {
    path: '/:id/checks',
    method: 'get',
    handler: async (req) => {
      if (!req.user) throw new APIError('Log in to see editorial checks.', 401)
      if (!isStaff(req.user)) throw new APIError('Only staff can see editorial checks.', 403)
      const issue = await findLatestIssue(req, documentId(req.payload, req.routeParams?.id))
      const { findings } = await loadIssueContent(req, issue)
      return Response.json({ issue: issue.id, findings })
    },
  },
  {
    path: '/:id/checks/fix',
    method: 'post',
    handler: async (req) => {
      if (!req.user) throw new APIError(req.i18n?.language === 'en' ? 'Log in to fix findings.' : '请先登录。', 401)
      if (!isStaff(req.user)) throw new APIError(req.i18n?.language === 'en' ? 'Only staff can fix findings.' : '只有编辑部成员可以修正检查结果。', 403)
      if (!isJsonContentType(req.headers.get('content-type'))) throw new APIError('Send the request body as application/json.', 415)
      let body: unknown
      try {
        body = req.json ? await req.json() : undefined
      } catch (error) {
        throw new APIError(`The request body must be JSON: { "code": …, "location": … } (${error instanceof Error ? error.message : String(error)}).`, 400)
      }
      const parsed = parseFixRequest(body)
      if (!parsed.ok) throw new APIError(parsed.reason, 400)
      return Response.json(await fixFindings(req, documentId(req.payload, req.routeParams?.id), parsed.request))
    },
  },
]
