import type { CollectionConfig } from 'payload'

import { SLUGS } from '../../src/collection-slugs'
import { bilingual } from '../../src/i18n/bilingual'
import { isAdminAccess } from '../access/is-admin'
import { isStaffAccess } from '../access/is-staff'
import { staffFieldAccess } from '../access/staff-field'
import { slugField } from '../fields/slug-field'
import { rebindNewsletterSignoffs } from '../shared/rebind-signoffs'

export const Newsletters: CollectionConfig = {
  slug: SLUGS.newsletters,
  labels: { singular: bilingual('专栏', 'Newsletter'), plural: bilingual('专栏', 'Newsletters') },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'slug'], group: bilingual('内容', 'Content') },
  hooks: { afterChange: [rebindNewsletterSignoffs] },
  access: {
    // Readers get the newsletter's name inside releases.
    read: isStaffAccess,
    create: isAdminAccess,
    update: isAdminAccess,
    delete: isAdminAccess,
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: bilingual('名称', 'Title') },
    { name: 'titleEn', type: 'text', label: bilingual('英文名称', 'English title') },
    slugField('titleEn'),
    { name: 'description', type: 'textarea', label: bilingual('简介', 'Description') },
    {
      name: 'defaultFinalApprovers',
      type: 'relationship',
      relationTo: SLUGS.users,
      hasMany: true,
      label: bilingual('默认终审人', 'Default final approvers'),
      filterOptions: { roles: { contains: 'final-approver' } },
      access: { read: staffFieldAccess },
      admin: {
        description: bilingual('新一期默认需要他们全部终审通过', 'Each new issue needs all of them to give final approval'),
      },
    },
  ],
}
