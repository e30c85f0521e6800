import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig, type DatabaseAdapterObj, type EmailAdapter } from 'payload'

import { canRunJobs, isAdminForJobs } from './collections/access/jobs-access'
import { Articles } from './collections/Articles'
import { Deliveries } from './collections/Deliveries'
import { Feeds } from './collections/Feeds'
import { Issues } from './collections/Issues'
import { Leads } from './collections/Leads'
import { Media } from './collections/Media'
import { Newsletters } from './collections/Newsletters'
import { Releases } from './collections/Releases'
import { SearchEntries } from './collections/SearchEntries'
import { adminTranslations, applyAdminDefaults } from './collections/shared/admin-defaults'
import { keepRefusalReasons } from './collections/shared/error-reasons'
import { hardenConfig } from './collections/shared/harden-config'
import { refusalAwareLogger } from './collections/shared/refusal-logging'
import { smtpEmailAdapter } from './collections/shared/smtp-email-adapter'
import { SignInEvents } from './collections/SignInEvents'
import { Sources } from './collections/Sources'
import { SubscribeAttempts } from './collections/SubscribeAttempts'
import { Subscribers } from './collections/Subscribers'
import { ThinkTanks } from './collections/ThinkTanks'
import { Users } from './collections/Users'
import { WatchHostSlots } from './collections/WatchHostSlots'
import { WorkflowEvents } from './collections/WorkflowEvents'
import { WorkflowIntents } from './collections/WorkflowIntents'
import { StyleGuide } from './globals/StyleGuide'
import { migrations } from './migrations'
import { migrations as postgresMigrations } from './migrations/postgres'
import { refreshPlannerStatisticsTask } from './services/database/planner-statistics'
import { sqliteTransactionsInTurn } from './services/database/sqlite-transactions-in-turn'
import { textsParentIndex } from './services/database/texts-parent-index'
import { sendNewsletterTask } from './services/distribution/send-newsletter'
import { NEWSLETTER_QUEUE } from './services/distribution/settings'
import { MAINTENANCE_QUEUE, pruneSignInEventsTask } from './services/security/prune-sign-in-events'
import { runStartupWork } from './services/startup'
import { pollDueFeedsTask, WATCH_QUEUE } from './services/watch/poll-task'
import { publishScheduledIssueTask, SCHEDULE_QUEUE } from './services/workflow/scheduled-publish'
import { resolveDatabaseTarget } from './src/database-uri'
import { ADMIN_DATE_FORMAT } from './src/i18n/admin-text'
import { ADMIN_TRANSLATIONS } from './src/i18n/admin-translations'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const SQLITE_BUSY_TIMEOUT_MS = 5000

function databaseAdapter(): DatabaseAdapterObj {
  const target = resolveDatabaseTarget(process.env.DATABASE_URI)
  if (target.kind === 'mongodb') return mongooseAdapter({ url: target.uri })
  if (target.kind === 'postgres') {
    return postgresAdapter({
      pool: { connectionString: target.uri, max: Number(process.env.ZHIKU_DATABASE_POOL_SIZE) || 10 },
      // The schema comes from committed migrations only (migrations/postgres), never from a dev-mode push.
      push: false,
      migrationDir: path.resolve(dirname, 'migrations', 'postgres'),
      prodMigrations: postgresMigrations,
      afterSchemaInit: [textsParentIndex],
    })
  }
  return sqliteTransactionsInTurn(
    sqliteAdapter({
      client: { url: target.uri },
      // The schema comes from committed migrations only, never from a dev-mode push.
      push: false,
      migrationDir: path.resolve(dirname, 'migrations'),
      prodMigrations: migrations,
      wal: { journalSizeLimit: 64 * 1024 * 1024, synchronous: 'NORMAL' },
      busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
      // BEGIN IMMEDIATE takes the write lock at once: a transaction never fails half-way on a lock it could not upgrade.
      transactionOptions: { behavior: 'immediate' },
    }),
    { busyTimeoutMs: SQLITE_BUSY_TIMEOUT_MS, waitMs: 60_000 },
  )
}

/** SMTP when SMTP_HOST is set; otherwise Payload writes outgoing mail to the log. */
function emailAdapter(): EmailAdapter | undefined {
  if (!process.env.SMTP_HOST) return undefined
  return smtpEmailAdapter({
    host: process.env.SMTP_HOST,
    port: Number(process.env.SMTP_PORT || 587),
    secure: process.env.SMTP_SECURE === 'true',
    user: process.env.SMTP_USER,
    password: process.env.SMTP_PASSWORD,
    fromAddress: process.env.EMAIL_FROM || 'zhiku@localhost',
    fromName: process.env.EMAIL_FROM_NAME || '智库观察 Zhiku',
    // As many connections as the newsletter sender keeps messages in flight.
    maxConnections: Number(process.env.ZHIKU_NEWSLETTER_CONCURRENCY) || 8,
  })
}

const jobsAutoRun = () => process.env.ZHIKU_JOBS_AUTORUN !== 'false' && process.env.NEXT_PHASE !== 'phase-production-build'

export default buildConfig({
  secret: process.env.PAYLOAD_SECRET || '',
  serverURL: process.env.SERVER_URL || '',
  telemetry: false,
  logger: refusalAwareLogger(process.env.PAYLOAD_LOG_LEVEL),
  admin: {
    user: Users.slug,
    avatar: 'default',
    // Dates in the admin's language: 2026年12月5日 11:53 (date-fns, localised per language by Payload).
    dateFormat: ADMIN_DATE_FORMAT,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · 智库观察 Zhiku' },
    components: {
      beforeDashboard: [
        '/collections/Issues/components/board-link#BoardLink',
        '/collections/Issues/components/my-queue#MyQueue',
        '/collections/Leads/components/watch-summary#WatchSummary',
      ],
      beforeNavLinks: ['/collections/Leads/components/watch-nav#WatchNav', '/collections/Issues/components/board-link#BoardLink'],
      views: {
        importIssues: { Component: '/collections/Issues/components/import-view#ImportView', path: '/import' },
        issueBoard: { Component: '/collections/Issues/components/board-view#BoardView', path: '/board' },
        // The watch desk (issue 19): the inbox of leads and the health of the feeds.
        inbox: { Component: '/collections/Leads/components/inbox-view#InboxView', path: '/inbox' },
        feedHealth: { Component: '/collections/Feeds/components/feed-health-view#FeedHealthView', path: '/feed-health' },
      },
    },
  },
  collections: [Users, Newsletters, ThinkTanks, Sources, Articles, Issues, Releases, SearchEntries, WorkflowEvents, WorkflowIntents, SignInEvents, Media, Subscribers, Deliveries, SubscribeAttempts, Feeds, Leads, WatchHostSlots],
  globals: [StyleGuide],
  email: emailAdapter(),
  jobs: {
    access: { run: canRunJobs, queue: isAdminForJobs, cancel: isAdminForJobs },
    tasks: [publishScheduledIssueTask, sendNewsletterTask, pruneSignInEventsTask, refreshPlannerStatisticsTask, pollDueFeedsTask],
    // Scheduled issues go out within 15 seconds of their publishAt.
    autoRun: [
      { cron: '*/15 * * * * *', queue: SCHEDULE_QUEUE },
      // Newsletter sends start within 15 seconds of a release; each run sends until done or capped.
      { cron: '*/15 * * * * *', queue: NEWSLETTER_QUEUE, limit: 1 },
      // Housekeeping on a schedule (pruning the sign-in audit trail at 03:00, the planner statistics at 03:30): queued by Payload's
      // scheduler when this fires, run here or by an external worker.
      { cron: '0 */10 * * * *', queue: MAINTENANCE_QUEUE, limit: 1 },
      // The watch desk: every minute, the feeds that are due (services/watch/poll-task.ts).
      { cron: '0 * * * * *', queue: WATCH_QUEUE, limit: 1 },
    ],
    shouldAutoRun: () => jobsAutoRun(),
  },
  editor: lexicalEditor(),
  db: databaseAdapter(),
  i18n: {
    supportedLanguages: { zh, en },
    fallbackLanguage: 'zh',
    translations: { zh: { ...ADMIN_TRANSLATIONS.zh, ...adminTranslations.zh }, en: { ...ADMIN_TRANSLATIONS.en, ...adminTranslations.en } },
  },
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts'), autoGenerate: false },
  graphQL: { disablePlaygroundInProduction: true },
  hooks: { afterError: [keepRefusalReasons] },
  // Before the first request (services/startup.ts).
  onInit: runStartupWork,
}).then(hardenConfig).then(applyAdminDefaults)
