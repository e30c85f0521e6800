import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`releases\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`issue_id\` integer NOT NULL,
  	\`revision\` numeric NOT NULL,
  	\`claim\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`number\` numeric NOT NULL,
  	\`published_at\` text NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`latest\` integer DEFAULT true,
  	\`is_correction\` integer DEFAULT false,
  	\`hash\` text NOT NULL,
  	\`content\` text NOT NULL,
  	\`signoffs\` text NOT NULL,
  	\`search_text\` text,
  	\`cover_filename\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`issue_id\`) REFERENCES \`issues\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`releases_issue_idx\` ON \`releases\` (\`issue_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`releases_claim_idx\` ON \`releases\` (\`claim\`);`)
  await db.run(sql`CREATE INDEX \`releases_slug_idx\` ON \`releases\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`releases_number_idx\` ON \`releases\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`releases_published_at_idx\` ON \`releases\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`releases_year_idx\` ON \`releases\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`releases_latest_idx\` ON \`releases\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`releases_is_correction_idx\` ON \`releases\` (\`is_correction\`);`)
  await db.run(sql`CREATE INDEX \`releases_hash_idx\` ON \`releases\` (\`hash\`);`)
  await db.run(sql`CREATE INDEX \`releases_cover_filename_idx\` ON \`releases\` (\`cover_filename\`);`)
  await db.run(sql`CREATE INDEX \`releases_updated_at_idx\` ON \`releases\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`releases_created_at_idx\` ON \`releases\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`releases_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`releases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`releases_texts_order_parent\` ON \`releases_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`releases_texts_text_idx\` ON \`releases_texts\` (\`text\`);`)
  await db.run(sql`CREATE TABLE \`workflow_intents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`claim\` text NOT NULL,
  	\`issue_id\` text NOT NULL,
  	\`done\` integer DEFAULT false,
  	\`plan\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`workflow_intents_claim_idx\` ON \`workflow_intents\` (\`claim\`);`)
  await db.run(sql`CREATE INDEX \`workflow_intents_done_idx\` ON \`workflow_intents\` (\`done\`);`)
  await db.run(sql`CREATE INDEX \`workflow_intents_updated_at_idx\` ON \`workflow_intents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_intents_created_at_idx\` ON \`workflow_intents\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`think_tanks\` ADD \`registry_key\` text;`)
  await db.run(sql`ALTER TABLE \`think_tanks\` ADD \`registry_values\` text;`)
  await db.run(sql`CREATE INDEX \`think_tanks_registry_key_idx\` ON \`think_tanks\` (\`registry_key\`);`)
  await db.run(sql`ALTER TABLE \`issues_signoffs\` ADD \`release_hash\` text;`)
  await db.run(sql`ALTER TABLE \`issues\` ADD \`correction_note\` text;`)
  await db.run(sql`ALTER TABLE \`issues\` ADD \`pending_release\` text;`)
  await db.run(sql`ALTER TABLE \`_issues_v_version_signoffs\` ADD \`release_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_issues_v\` ADD \`version_correction_note\` text;`)
  await db.run(sql`ALTER TABLE \`_issues_v\` ADD \`version_pending_release\` text;`)
  await db.run(sql`ALTER TABLE \`workflow_events\` ADD \`release_hash\` text;`)
  await db.run(sql`CREATE INDEX \`workflow_events_release_hash_idx\` ON \`workflow_events\` (\`release_hash\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`releases_id\` integer REFERENCES releases(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`workflow_intents_id\` integer REFERENCES workflow_intents(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_releases_id_idx\` ON \`payload_locked_documents_rels\` (\`releases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflow_intents_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_intents_id\`);`)
  // The registry and the releases of issues published before releases existed are data steps: they
  // run at start-up after every migration (services/startup.ts), where the schema is the current one.
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`releases\`;`)
  await db.run(sql`DROP TABLE \`releases_texts\`;`)
  await db.run(sql`DROP TABLE \`workflow_intents\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`newsletters_id\` integer,
  	\`think_tanks_id\` integer,
  	\`sources_id\` integer,
  	\`articles_id\` integer,
  	\`issues_id\` integer,
  	\`workflow_events_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newsletters_id\`) REFERENCES \`newsletters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`think_tanks_id\`) REFERENCES \`think_tanks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sources_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`issues_id\`) REFERENCES \`issues\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workflow_events_id\`) REFERENCES \`workflow_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "newsletters_id", "think_tanks_id", "sources_id", "articles_id", "issues_id", "workflow_events_id", "media_id") SELECT "id", "order", "parent_id", "path", "users_id", "newsletters_id", "think_tanks_id", "sources_id", "articles_id", "issues_id", "workflow_events_id", "media_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletters_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_think_tanks_id_idx\` ON \`payload_locked_documents_rels\` (\`think_tanks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sources_id_idx\` ON \`payload_locked_documents_rels\` (\`sources_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_issues_id_idx\` ON \`payload_locked_documents_rels\` (\`issues_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflow_events_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`DROP INDEX \`think_tanks_registry_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`think_tanks\` DROP COLUMN \`registry_key\`;`)
  await db.run(sql`ALTER TABLE \`think_tanks\` DROP COLUMN \`registry_values\`;`)
  await db.run(sql`DROP INDEX \`workflow_events_release_hash_idx\`;`)
  await db.run(sql`ALTER TABLE \`workflow_events\` DROP COLUMN \`release_hash\`;`)
  await db.run(sql`ALTER TABLE \`issues_signoffs\` DROP COLUMN \`release_hash\`;`)
  await db.run(sql`ALTER TABLE \`issues\` DROP COLUMN \`correction_note\`;`)
  await db.run(sql`ALTER TABLE \`issues\` DROP COLUMN \`pending_release\`;`)
  await db.run(sql`ALTER TABLE \`_issues_v_version_signoffs\` DROP COLUMN \`release_hash\`;`)
  await db.run(sql`ALTER TABLE \`_issues_v\` DROP COLUMN \`version_correction_note\`;`)
  await db.run(sql`ALTER TABLE \`_issues_v\` DROP COLUMN \`version_pending_release\`;`)
}
