import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`sign_in_events\` ADD \`actor_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`sign_in_events\` ADD \`detail\` text;`)
  await db.run(sql`CREATE INDEX \`sign_in_events_actor_idx\` ON \`sign_in_events\` (\`actor_id\`);`)
  await db.run(sql`ALTER TABLE \`subscribers\` ADD \`consent_evidence\` text;`)
  await db.run(sql`ALTER TABLE \`subscribers\` ADD \`consent_recorded_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`subscribers_consent_consent_recorded_by_idx\` ON \`subscribers\` (\`consent_recorded_by_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_sign_in_events\` (
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
  await db.run(sql`INSERT INTO \`__new_sign_in_events\`("id", "email", "kind", "outcome", "address", "user_id", "user_agent", "updated_at", "created_at") SELECT "id", "email", "kind", "outcome", "address", "user_id", "user_agent", "updated_at", "created_at" FROM \`sign_in_events\`;`)
  await db.run(sql`DROP TABLE \`sign_in_events\`;`)
  await db.run(sql`ALTER TABLE \`__new_sign_in_events\` RENAME TO \`sign_in_events\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`sign_in_events_email_idx\` ON \`sign_in_events\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`sign_in_events_outcome_idx\` ON \`sign_in_events\` (\`outcome\`);`)
  await db.run(sql`CREATE INDEX \`sign_in_events_address_idx\` ON \`sign_in_events\` (\`address\`);`)
  await db.run(sql`CREATE INDEX \`sign_in_events_user_idx\` ON \`sign_in_events\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`sign_in_events_updated_at_idx\` ON \`sign_in_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sign_in_events_created_at_idx\` ON \`sign_in_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_subscribers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`email\` text NOT NULL,
  	\`language\` text DEFAULT 'zh' NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`consent_at\` text,
  	\`consent_form\` text,
  	\`consent_ip_hash\` text,
  	\`consent_confirmed_at\` text,
  	\`source\` text,
  	\`status_reason\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_subscribers\`("id", "email", "language", "status", "consent_at", "consent_form", "consent_ip_hash", "consent_confirmed_at", "source", "status_reason", "updated_at", "created_at") SELECT "id", "email", "language", "status", "consent_at", "consent_form", "consent_ip_hash", "consent_confirmed_at", "source", "status_reason", "updated_at", "created_at" FROM \`subscribers\`;`)
  await db.run(sql`DROP TABLE \`subscribers\`;`)
  await db.run(sql`ALTER TABLE \`__new_subscribers\` RENAME TO \`subscribers\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`subscribers_email_idx\` ON \`subscribers\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_status_idx\` ON \`subscribers\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_updated_at_idx\` ON \`subscribers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_created_at_idx\` ON \`subscribers\` (\`created_at\`);`)
}
