import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`lead_id\` integer REFERENCES leads(id) ON DELETE set null;`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_lead_idx\` ON \`articles\` (\`lead_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_lead_id\` integer REFERENCES leads(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_lead_idx\` ON \`_articles_v\` (\`version_lead_id\`);`)
  await db.run(sql`ALTER TABLE \`releases\` ADD \`source_urls_indexed\` integer;`)
  await db.run(sql`CREATE INDEX \`releases_source_urls_indexed_idx\` ON \`releases\` (\`source_urls_indexed\`);`)
  await db.run(sql`ALTER TABLE \`leads\` ADD \`sort_at\` text;`)
  await db.run(sql`CREATE INDEX \`leads_sort_at_idx\` ON \`leads\` (\`sort_at\`);`)
  // Data: the inbox's sort date for the leads already stored (services/watch/backfill-lead-sort-dates.ts does the
  // same at start-up on every adapter; releases' sourceUrls are back-filled there, from each release's content).
  await db.run(sql`UPDATE \`leads\` SET \`sort_at\` = COALESCE(\`published_at\`, \`created_at\`) WHERE \`sort_at\` IS NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`headline\` text,
  	\`think_tank_id\` integer,
  	\`body\` text,
  	\`original_heading_name\` text,
  	\`original_heading_name_en\` text,
  	\`slug\` text,
  	\`search_text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`think_tank_id\`) REFERENCES \`think_tanks\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles\`("id", "headline", "think_tank_id", "body", "original_heading_name", "original_heading_name_en", "slug", "search_text", "updated_at", "created_at", "_status") SELECT "id", "headline", "think_tank_id", "body", "original_heading_name", "original_heading_name_en", "slug", "search_text", "updated_at", "created_at", "_status" FROM \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`articles_think_tank_idx\` ON \`articles\` (\`think_tank_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_headline\` text,
  	\`version_think_tank_id\` integer,
  	\`version_body\` text,
  	\`version_original_heading_name\` text,
  	\`version_original_heading_name_en\` text,
  	\`version_slug\` text,
  	\`version_search_text\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_think_tank_id\`) REFERENCES \`think_tanks\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_headline", "version_think_tank_id", "version_body", "version_original_heading_name", "version_original_heading_name_en", "version_slug", "version_search_text", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_headline", "version_think_tank_id", "version_body", "version_original_heading_name", "version_original_heading_name_en", "version_slug", "version_search_text", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_think_tank_idx\` ON \`_articles_v\` (\`version_think_tank_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`DROP INDEX \`releases_source_urls_indexed_idx\`;`)
  await db.run(sql`ALTER TABLE \`releases\` DROP COLUMN \`source_urls_indexed\`;`)
  await db.run(sql`DROP INDEX \`leads_sort_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`leads\` DROP COLUMN \`sort_at\`;`)
}
