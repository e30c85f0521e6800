import type { CollectionConfig, PayloadRequest } from 'payload'

import { sayFor } from '../../services/payload/request-language'
import { pollEndpoint } from '../../services/watch/endpoints'
import { SLUGS } from '../../src/collection-slugs'
import { bilingual } from '../../src/i18n/bilingual'
import { isHttpUrl } from '../../src/validation/url'
import { DEFAULT_FEED_INTERVAL_MINUTES, FEED_FETCH_STATUSES, FEED_FETCH_STATUS_LABELS } from '../../src/watch/vocabulary'
import { canEditContentAccess } from '../access/can-edit-content'
import { isAdminAccess } from '../access/is-admin'
import { isStaffAccess } from '../access/is-staff'
import { fetcherField } from '../fields/fetcher-field'
import { renderLastError } from './hooks/render-last-error'

/** A feed of one think tank, polled by the watch job (services/watch) into `leads`. */
export const Feeds: CollectionConfig = {
  slug: SLUGS.feeds,
  labels: { singular: bilingual('订阅源', 'Feed'), plural: bilingual('订阅源', 'Feeds') },
  admin: {
    useAsTitle: 'url',
    defaultColumns: ['url', 'thinkTank', 'active', 'lastStatus', 'errorCount', 'lastFetchedAt'],
    group: bilingual('观察台', 'Watch desk'),
  },
  access: {
    read: isStaffAccess,
    create: canEditContentAccess,
    update: canEditContentAccess,
    delete: isAdminAccess,
  },
  endpoints: [pollEndpoint],
  fields: [
    {
      name: 'url',
      type: 'text',
      required: true,
      label: bilingual('订阅地址', 'Feed URL'),
      admin: {
        description: bilingual(
          'RSS、Atom 或 JSON Feed 地址，也可以是标明订阅源的网页',
          'An RSS, Atom or JSON Feed address, or a web page that names its feed',
        ),
      },
      validate: (value: string | null | undefined, { req }: { req: PayloadRequest }) =>
        isHttpUrl(value) || sayFor(req)('订阅地址必须是完整的 http(s) 网址。', 'The feed URL must be a full http:// or https:// address.'),
    },
    { name: 'thinkTank', type: 'relationship', relationTo: SLUGS.thinkTanks, label: bilingual('智库', 'Think tank') },
    {
      // Set by the registry loader on the feeds it ships (src/registry/registry-feeds.ts), never through the API.
      name: 'documentedBy',
      type: 'text',
      label: bilingual('地址出处', 'Documented at'),
      access: { create: () => false, update: () => false },
      admin: {
        readOnly: true,
        condition: (data) => Boolean(data?.documentedBy),
        description: bilingual('注册表随附此订阅地址，依据这一公开出处', 'The registry ships this feed address on the strength of this public source'),
      },
    },
    { name: 'active', type: 'checkbox', defaultValue: true, index: true, label: bilingual('启用', 'Active') },
    {
      name: 'intervalMinutes',
      type: 'number',
      required: true,
      defaultValue: DEFAULT_FEED_INTERVAL_MINUTES,
      min: 1,
      label: bilingual('抓取间隔（分钟）', 'Interval (minutes)'),
    },
    fetcherField({ name: 'lastFetchedAt', type: 'date', label: bilingual('上次抓取', 'Last fetched'), admin: { date: { pickerAppearance: 'dayAndTime' } } }),
    fetcherField({
      name: 'lastStatus',
      type: 'select',
      label: bilingual('上次结果', 'Last result'),
      options: FEED_FETCH_STATUSES.map((status) => ({ value: status, label: FEED_FETCH_STATUS_LABELS[status] })),
    }),
    // Stored as a code with details; read in the reader's language (hooks/render-last-error.ts).
    fetcherField({ name: 'lastError', type: 'textarea', label: bilingual('上次错误', 'Last error'), hooks: { afterRead: [renderLastError] } }),
    fetcherField({ name: 'errorCount', type: 'number', defaultValue: 0, label: bilingual('连续出错次数', 'Errors in a row') }),
    fetcherField({ name: 'failingSince', type: 'date', label: bilingual('出错起始', 'Failing since'), admin: { date: { pickerAppearance: 'dayAndTime' } } }),
    fetcherField({ name: 'nextFetchAt', type: 'date', index: true, label: bilingual('下次抓取', 'Next fetch'), admin: { date: { pickerAppearance: 'dayAndTime' } } }),
    fetcherField({
      name: 'retryAfter',
      type: 'date',
      label: bilingual('服务器要求等待至', 'Server asked to wait until'),
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    }),
    fetcherField({ name: 'etag', type: 'text', label: bilingual('ETag', 'ETag') }),
    fetcherField({ name: 'lastModified', type: 'text', label: bilingual('Last-Modified', 'Last-Modified') }),
    fetcherField({
      name: 'feedUrl',
      type: 'text',
      label: bilingual('实际订阅地址', 'Feed address found'),
      admin: { description: bilingual('订阅地址是网页时，从网页中找到的订阅源', 'The feed the page names, when the URL is a web page') },
    }),
  ],
}
