import { existsSync } from 'node:fs'
import path from 'node:path'

import type { PayloadRequest } from 'payload'

/**
 * Runs before Payload serves a stored file: a file missing from the disk is a 404 with a message
 * (Payload itself answers 500 "Something went wrong."). Returns nothing to let Payload serve it.
 */
export const answerMissingFile =
  (staticDir: string) =>
  (req: PayloadRequest, { params }: { params: { filename: string } }): Response | undefined => {
    const file = path.resolve(staticDir, params.filename)
    if (file.startsWith(staticDir + path.sep) && existsSync(file)) return undefined
    req.payload.logger.warn(`Media file ${params.filename} was asked for but is not on the disk.`)
    return Response.json({ errors: [{ message: `No media file named ${params.filename}.` }] }, { status: 404 })
  }
