import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`sign_in_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`email\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`outcome\` text NOT NULL,
  	\`address\` text NOT NULL,
  	\`user_id\` integer,
  	\`user_agent\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`sign_in_events_email_idx\` ON \`sign_in_events\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`sign_in_events_outcome_idx\` ON \`sign_in_events\` (\`outcome\`);`)
  await db.run(sql`CREATE INDEX \`sign_in_events_address_idx\` ON \`sign_in_events\` (\`address\`);`)
  await db.run(sql`CREATE INDEX \`sign_in_events_user_idx\` ON \`sign_in_events\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`sign_in_events_updated_at_idx\` ON \`sign_in_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sign_in_events_created_at_idx\` ON \`sign_in_events\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`lock_until\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`sign_in_events\`;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`lock_until\` text;`)
}
