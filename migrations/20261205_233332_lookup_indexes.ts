import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`sources_url_idx\` ON \`sources\` (\`url\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_number_idx\` ON \`issues\` (\`newsletter_id\`,\`number\`);`)
  await db.run(sql`CREATE INDEX \`version_newsletter_version_number_idx\` ON \`_issues_v\` (\`version_newsletter_id\`,\`version_number\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`sources_url_idx\`;`)
  await db.run(sql`DROP INDEX \`newsletter_number_idx\`;`)
  await db.run(sql`DROP INDEX \`version_newsletter_version_number_idx\`;`)
}
