import type { CollectionAfterChangeHook, CollectionConfig, PayloadRequest } from 'payload'

import type { ThinkTank } from '../../payload-types'
import { sayFor } from '../../services/payload/request-language'
import { forgetInRequest } from '../../services/payload/request-memo'
import { THINK_TANKS_MEMO } from '../../services/workflow/load-content'
import { SLUGS } from '../../src/collection-slugs'
import { thinkTankSearchTitle } from '../../src/content/search-titles'
import { bilingual } from '../../src/i18n/bilingual'
import { isDomain } from '../../src/validation/url'
import { canEditContentAccess } from '../access/can-edit-content'
import { isAdminAccess } from '../access/is-admin'
import { isStaffAccess } from '../access/is-staff'
import { staffFieldAccess } from '../access/staff-field'
import { slugField } from '../fields/slug-field'
import { rebindThinkTankSignoffs } from '../shared/rebind-signoffs'

/** A request that creates think tanks (an import) must see them when it checks the issue next. */
const forgetMemoisedThinkTanks: CollectionAfterChangeHook<ThinkTank> = ({ doc, req }) => {
  forgetInRequest(req, THINK_TANKS_MEMO)
  return doc
}

export const ThinkTanks: CollectionConfig = {
  slug: SLUGS.thinkTanks,
  labels: { singular: bilingual('智库', 'Think tank'), plural: bilingual('智库', 'Think tanks') },
  admin: {
    // Pickers search and show every name: 美国战略与国际研究中心 · CSIS · Center for Strategic and International Studies.
    useAsTitle: 'searchTitle',
    defaultColumns: ['searchTitle', 'country', 'domains'],
    listSearchableFields: ['name', 'nameEn', 'acronym'],
    group: bilingual('资料', 'Library'),
  },
  access: {
    // Readers get think tanks as releases froze them, never the live, editable record.
    read: isStaffAccess,
    create: canEditContentAccess,
    update: canEditContentAccess,
    delete: isAdminAccess,
  },
  hooks: {
    afterChange: [forgetMemoisedThinkTanks, rebindThinkTankSignoffs],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: bilingual('中文名称', 'Chinese name') },
    { name: 'nameEn', type: 'text', required: true, label: bilingual('英文名称', 'English name') },
    {
      name: 'nameVariants',
      type: 'text',
      hasMany: true,
      label: bilingual('中文别名', 'Chinese name variants'),
      admin: { description: bilingual('其他常见写法，如 卡内基基金会', 'Other common spellings, e.g. 卡内基基金会') },
    },
    {
      name: 'nameEnVariants',
      type: 'text',
      hasMany: true,
      label: bilingual('英文别名', 'English name variants'),
      admin: { description: bilingual('如 Carnegie Endowment', 'e.g. Carnegie Endowment') },
    },
    { name: 'acronym', type: 'text', label: bilingual('缩写', 'Acronym'), admin: { description: 'CSIS, RAND…' } },
    {
      name: 'country',
      type: 'text',
      label: bilingual('国家/地区代码', 'Country code'),
      admin: { description: bilingual('ISO 3166 两位代码，如 US、GB', 'ISO 3166 two-letter code, e.g. US, GB') },
      validate: (value: string | null | undefined, { req }: { req: PayloadRequest }) =>
        value == null || value === '' || /^[A-Z]{2}$/.test(value) || sayFor(req)('请填写两位大写国家代码，如 US。', 'Use a two-letter country code such as US.'),
    },
    {
      name: 'domains',
      type: 'text',
      hasMany: true,
      label: bilingual('网站域名', 'Web domains'),
      admin: {
        description: bilingual(
          '用于核对引用链接，如 csis.org（不含 https:// 和 www.）',
          'Used to check cited links, e.g. csis.org (no https://, no www.)',
        ),
      },
      hooks: {
        beforeValidate: [
          ({ value }: { value?: unknown }) =>
            Array.isArray(value)
              ? value.map((domain: unknown) => (typeof domain === 'string' ? domain.trim().toLowerCase().replace(/^www\./, '') : domain))
              : value,
        ],
      },
      validate: (value: string[] | null | undefined) => {
        const invalid = (value ?? []).filter((domain) => !isDomain(domain))
        return invalid.length === 0 || `不是有效的域名 (Not a domain name): ${invalid.join(', ')}`
      },
    },
    slugField('nameEn'),
    {
      name: 'searchTitle',
      type: 'text',
      label: bilingual('名称', 'Names'),
      admin: { hidden: true },
      hooks: { beforeChange: [({ siblingData }) => thinkTankSearchTitle(siblingData)] },
    },
    {
      name: 'registryKey',
      type: 'text',
      index: true,
      label: bilingual('智库名录条目', 'Registry entry'),
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: bilingual('来自内置智库名录；名录更新不会覆盖您修改过的字段', 'From the built-in registry; registry updates keep the fields you edited'),
      },
      // Only the registry loader (as the system) sets it.
      access: { create: () => false, update: () => false },
    },
    // The registry's values last applied to this record: a field still equal to them was not edited.
    { name: 'registryValues', type: 'json', admin: { hidden: true }, access: { read: staffFieldAccess, create: () => false, update: () => false } },
    { name: 'description', type: 'textarea', label: bilingual('简介', 'Description') },
    { name: 'logo', type: 'upload', relationTo: SLUGS.media, label: bilingual('标志', 'Logo') },
  ],
}
