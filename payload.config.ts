import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig, type DatabaseAdapterObj } from 'payload'

import { Articles } from './collections/Articles'
import { Issues } from './collections/Issues'
import { Media } from './collections/Media'
import { Newsletters } from './collections/Newsletters'
import { Sources } from './collections/Sources'
import { ThinkTanks } from './collections/ThinkTanks'
import { Users } from './collections/Users'
import { migrations } from './migrations'
import { resolveDatabaseTarget } from './src/database-uri'

const dirname = path.dirname(fileURLToPath(import.meta.url))

function databaseAdapter(): DatabaseAdapterObj {
  const target = resolveDatabaseTarget(process.env.DATABASE_URI)
  if (target.kind === 'mongodb') return mongooseAdapter({ url: target.uri })
  return sqliteAdapter({
    client: { url: target.uri },
    // The schema comes from committed migrations only, never from a dev-mode push.
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
    prodMigrations: migrations,
    wal: { journalSizeLimit: 64 * 1024 * 1024, synchronous: 'NORMAL' },
    busyTimeout: 5000,
  })
}

export default buildConfig({
  secret: process.env.PAYLOAD_SECRET || '',
  serverURL: process.env.SERVER_URL || '',
  telemetry: false,
  logger: { options: { level: process.env.PAYLOAD_LOG_LEVEL || 'info' } },
  admin: {
    user: Users.slug,
    avatar: 'default',
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · 智库观察 Zhiku' },
  },
  collections: [Users, Newsletters, ThinkTanks, Sources, Articles, Issues, Media],
  editor: lexicalEditor(),
  db: databaseAdapter(),
  i18n: { supportedLanguages: { zh, en }, fallbackLanguage: 'zh' },
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts'), autoGenerate: false },
  graphQL: { disablePlaygroundInProduction: true },
})
