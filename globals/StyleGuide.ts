import type { GlobalConfig } from 'payload'

import { isAdmin, isStaff } from '../src/access/predicates'
import { DEFAULT_STYLE_TERMS } from '../src/checks/style-terms'
import { GLOBAL_SLUGS } from '../src/collection-slugs'
import { bilingual } from '../src/i18n/bilingual'

/** The style list the editorial checks hold text to (AI, CSIS, ISO/IEC…). Admins keep it. */
export const StyleGuide: GlobalConfig = {
  slug: GLOBAL_SLUGS.styleGuide,
  label: bilingual('写法规范', 'Style guide'),
  admin: { group: bilingual('系统', 'System') },
  access: {
    read: ({ req }) => isStaff(req.user),
    update: ({ req }) => isAdmin(req.user),
  },
  fields: [
    {
      name: 'terms',
      type: 'array',
      label: bilingual('术语写法', 'Terms'),
      labels: { singular: bilingual('术语', 'Term'), plural: bilingual('术语', 'Terms') },
      admin: {
        description: bilingual(
          '正文中这些词须按此处的大小写书写，例如 AI、CSIS、ISO/IEC',
          'Text must write these terms exactly as here, e.g. AI, CSIS, ISO/IEC',
        ),
      },
      defaultValue: DEFAULT_STYLE_TERMS.map((term) => ({ term })),
      fields: [{ name: 'term', type: 'text', required: true, label: bilingual('写法', 'Spelling') }],
    },
  ],
}
