import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`watch_host_slots\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`host\` text NOT NULL,
  	\`expires_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`watch_host_slots_key_idx\` ON \`watch_host_slots\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`watch_host_slots_host_idx\` ON \`watch_host_slots\` (\`host\`);`)
  await db.run(sql`CREATE INDEX \`watch_host_slots_updated_at_idx\` ON \`watch_host_slots\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`watch_host_slots_created_at_idx\` ON \`watch_host_slots\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`watch_host_slots\`;`)
}
