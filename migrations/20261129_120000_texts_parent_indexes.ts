import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/*
 * Payload's SQLite schema gives each hasMany text table (`<collection>_texts`) only an index on
 * (`order`, `parent_id`), which cannot serve the per-row lookup by `parent_id` every read of such a
 * field makes: reading N releases with their article/think-tank slugs scanned the whole texts table N
 * times (the cold sitemap at 1,000 issues: ~0.5 s; a deep archive page: ~150 ms). An index led by
 * `parent_id` makes each lookup a seek. Hand-written (the adapter's schema cannot declare it), so the
 * schema snapshot (.json) is unchanged; MongoDB keeps these arrays inside the document and needs nothing.
 */
const TEXT_TABLES = ['releases_texts', 'articles_texts', '_articles_v_texts', 'sources_texts', 'think_tanks_texts'] as const

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const table of TEXT_TABLES) {
    await db.run(sql.raw(`CREATE INDEX IF NOT EXISTS \`${table}_parent_path_idx\` ON \`${table}\` (\`parent_id\`, \`path\`, \`order\`);`))
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const table of TEXT_TABLES) {
    await db.run(sql.raw(`DROP INDEX IF EXISTS \`${table}_parent_path_idx\`;`))
  }
}
