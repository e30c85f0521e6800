import { addDataAndFileToRequest, APIError, type Endpoint } from 'payload'

import { importArchiveUpload } from '../../../services/import/archive-upload'
import { importIssue, toApiError } from '../../../services/import/import-issue'
import { readIssueFile } from '../../../services/import/read-issue-file'
import { documentId } from '../../../services/payload/document-id'
import { findLatestIssue } from '../../../services/workflow/find-latest'
import { loadIssueContent } from '../../../services/workflow/load-content'
import { canEditContent, isStaff } from '../../../src/access/predicates'
import { isZipName } from '../../../src/import/archive-names'

const flag = (value: unknown) => value === true || value === 'true' || value === '1' || value === 'on'

/**
 * `POST /api/issues/import?dryRun=true&archive=true&force=true&date=2025-03-15&number=12` (multipart with the field `file`;
 * the options may also come in Payload's `_payload` JSON field) imports one issue; with dryRun it
 * previews without writing. Payload's own upload size limit answers 413 before this runs. A `.zip`
 * is checked as a whole (400/413 when refused, nothing written), then every issue file in it is
 * previewed or imported, each all or nothing, answered as newline-delimited JSON events as it goes.
 * `GET /api/issues/:id/checks` gives staff an issue's editorial checks.
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
]
