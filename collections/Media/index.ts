import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { SLUGS } from '../../src/collection-slugs'
import { bilingual } from '../../src/i18n/bilingual'
import { canEditContentAccess } from '../access/can-edit-content'
import { isAdminAccess } from '../access/is-admin'
import { releasedMediaAccess } from '../access/released-media'
import { rebindCoverSignoffs } from '../shared/rebind-signoffs'
import { keepReleasedFile, keepReleasedFileOnUpload, keepReleasedMedia } from './hooks/keep-released-files'
import { answerMissingFile } from './missing-file'

const staticDir = path.resolve(process.env.MEDIA_DIR || 'data/media')

export const Media: CollectionConfig = {
  slug: SLUGS.media,
  labels: { singular: bilingual('媒体', 'Media'), plural: bilingual('媒体', 'Media') },
  admin: { group: bilingual('资料', 'Library') },
  hooks: { beforeOperation: [keepReleasedFileOnUpload], beforeChange: [keepReleasedFile], afterChange: [rebindCoverSignoffs], beforeDelete: [keepReleasedMedia] },
  access: {
    // Readers see only images a release shows; an image used only by drafts stays private.
    read: releasedMediaAccess,
    create: canEditContentAccess,
    update: canEditContentAccess,
    delete: isAdminAccess,
  },
  upload: {
    staticDir,
    handlers: [answerMissingFile(staticDir)],
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/svg+xml'],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      label: bilingual('替代文字', 'Alt text'),
      admin: { description: bilingual('供屏幕阅读器朗读的图片描述', 'What the image shows, read aloud by screen readers') },
    },
  ],
}
