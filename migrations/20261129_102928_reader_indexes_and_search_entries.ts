import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`search_entries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`claim\` text NOT NULL,
  	\`issue_slug\` text NOT NULL,
  	\`article_slug\` text NOT NULL,
  	\`think_tank_slug\` text,
  	\`year\` numeric NOT NULL,
  	\`published_at\` text NOT NULL,
  	\`headline\` text NOT NULL,
  	\`text\` text NOT NULL,
  	\`search_text\` text NOT NULL,
  	\`summary\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`search_entries_claim_idx\` ON \`search_entries\` (\`claim\`);`)
  await db.run(sql`CREATE INDEX \`search_entries_issue_slug_idx\` ON \`search_entries\` (\`issue_slug\`);`)
  await db.run(sql`CREATE INDEX \`search_entries_think_tank_slug_idx\` ON \`search_entries\` (\`think_tank_slug\`);`)
  await db.run(sql`CREATE INDEX \`search_entries_year_idx\` ON \`search_entries\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`search_entries_published_at_idx\` ON \`search_entries\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`search_entries_updated_at_idx\` ON \`search_entries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`search_entries_created_at_idx\` ON \`search_entries\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`year_publishedAt_idx\` ON \`search_entries\` (\`year\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`thinkTankSlug_publishedAt_idx\` ON \`search_entries\` (\`think_tank_slug\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`latest_publishedAt_idx\` ON \`releases\` (\`latest\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`slug_latest_idx\` ON \`releases\` (\`slug\`,\`latest\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`search_entries\`;`)
  await db.run(sql`DROP INDEX \`latest_publishedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`slug_latest_idx\`;`)
}
