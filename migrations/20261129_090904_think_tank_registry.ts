import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { loadThinkTankRegistry } from '../collections/ThinkTanks/registry/load-registry'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`think_tanks\` ADD \`registry_key\` text;`)
  await db.run(sql`ALTER TABLE \`think_tanks\` ADD \`registry_values\` text;`)
  await db.run(sql`CREATE INDEX \`think_tanks_registry_key_idx\` ON \`think_tanks\` (\`registry_key\`);`)
  // The shipped think-tank registry, so the importer and the checks know think tanks on a new database.
  await loadThinkTankRegistry(payload, req)
}

/** Keeps the think tanks the registry created (they may be cited by now); drops the bookkeeping columns. */
export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`think_tanks_registry_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`think_tanks\` DROP COLUMN \`registry_key\`;`)
  await db.run(sql`ALTER TABLE \`think_tanks\` DROP COLUMN \`registry_values\`;`)
}
