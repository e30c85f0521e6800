import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`style_guide_terms\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`term\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`style_guide\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`style_guide_terms_order_idx\` ON \`style_guide_terms\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`style_guide_terms_parent_id_idx\` ON \`style_guide_terms\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`style_guide\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`original_heading_name\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`original_heading_name_en\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_original_heading_name\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_original_heading_name_en\` text;`)
  await db.run(sql`ALTER TABLE \`issues\` ADD \`imported_from\` text;`)
  await db.run(sql`ALTER TABLE \`issues\` ADD \`import_fingerprint\` text;`)
  await db.run(sql`CREATE INDEX \`issues_import_fingerprint_idx\` ON \`issues\` (\`import_fingerprint\`);`)
  await db.run(sql`ALTER TABLE \`_issues_v\` ADD \`version_imported_from\` text;`)
  await db.run(sql`ALTER TABLE \`_issues_v\` ADD \`version_import_fingerprint\` text;`)
  await db.run(sql`CREATE INDEX \`_issues_v_version_version_import_fingerprint_idx\` ON \`_issues_v\` (\`version_import_fingerprint\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`style_guide_terms\`;`)
  await db.run(sql`DROP TABLE \`style_guide\`;`)
  await db.run(sql`DROP INDEX \`issues_import_fingerprint_idx\`;`)
  await db.run(sql`ALTER TABLE \`issues\` DROP COLUMN \`imported_from\`;`)
  await db.run(sql`ALTER TABLE \`issues\` DROP COLUMN \`import_fingerprint\`;`)
  await db.run(sql`DROP INDEX \`_issues_v_version_version_import_fingerprint_idx\`;`)
  await db.run(sql`ALTER TABLE \`_issues_v\` DROP COLUMN \`version_imported_from\`;`)
  await db.run(sql`ALTER TABLE \`_issues_v\` DROP COLUMN \`version_import_fingerprint\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`original_heading_name\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`original_heading_name_en\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_original_heading_name\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_original_heading_name_en\`;`)
}
