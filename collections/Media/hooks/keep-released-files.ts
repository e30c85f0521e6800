import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook, type CollectionBeforeOperationHook, type PayloadRequest, type Where } from 'payload'

import type { Media } from '../../../payload-types'
import { sayFor } from '../../../services/payload/request-language'
import { readAs } from '../../../services/workflow/read-as'
import { SLUGS } from '../../../src/collection-slugs'

const IN_A_RELEASE = (req: PayloadRequest) =>
  sayFor(req)(
    '该图片属于已发布版本，须保持签发时的样子，不能替换或删除：请上传新图片，在更正中使用。',
    'This image is shown by a published release, which must stay as it was signed: upload a new image and use it in a correction instead.',
  )

async function shownByARelease(req: PayloadRequest, filename: unknown): Promise<boolean> {
  if (typeof filename !== 'string' || filename === '') return false
  const found = await req.payload.count({ collection: SLUGS.releases, where: { coverFilename: { equals: filename } }, req, ...readAs(req) })
  return found.totalDocs > 0
}

/**
 * Payload deletes the files a new upload replaces before any change hook runs, so a replacement of a
 * released image is refused here, before the operation starts (by id or, in bulk, by `where`); a
 * refusal later would leave the release pointing at a file that is gone.
 */
export const keepReleasedFileOnUpload: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if ((operation !== 'update' && operation !== 'updateByID') || !req.file) return args
  const { id, where } = args as { id?: number | string; where?: Where }
  const targets =
    id !== undefined
      ? [await req.payload.findByID({ collection: SLUGS.media, id, depth: 0, req, ...readAs(req), disableErrors: true })]
      : (await req.payload.find({ collection: SLUGS.media, where: where ?? {}, depth: 0, pagination: false, req, ...readAs(req) })).docs
  for (const media of targets) if (await shownByARelease(req, media?.filename)) throw new APIError(IN_A_RELEASE(req), 409)
  return args
}

/** A release points at its image's file: replacing that file would change what readers see. */
export const keepReleasedFile: CollectionBeforeChangeHook<Media> = async ({ data, originalDoc, operation, req }) => {
  const replacesFile = operation === 'update' && typeof data.filename === 'string' && data.filename !== originalDoc?.filename
  if (replacesFile && (await shownByARelease(req, originalDoc?.filename))) throw new APIError(IN_A_RELEASE(req), 409)
  return data
}

export const keepReleasedMedia: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const media = await req.payload.findByID({ collection: SLUGS.media, id, depth: 0, req, ...readAs(req), disableErrors: true })
  if (await shownByARelease(req, media?.filename)) throw new APIError(IN_A_RELEASE(req), 409)
}
