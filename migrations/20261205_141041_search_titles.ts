import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`think_tanks\` ADD \`search_title\` text;`)
  await db.run(sql`ALTER TABLE \`sources\` ADD \`search_title\` text;`)
  // Existing rows get the titles the pickers show and search (src/content/search-titles.ts, distinct parts joined with " · ").
  await db.run(sql`UPDATE \`think_tanks\` SET \`search_title\` = \`name\`
    || CASE WHEN coalesce(trim(\`acronym\`), '') = '' OR lower(trim(\`acronym\`)) = lower(trim(\`name\`)) THEN '' ELSE ' · ' || trim(\`acronym\`) END
    || CASE WHEN coalesce(trim(\`name_en\`), '') = '' OR lower(trim(\`name_en\`)) IN (lower(trim(\`name\`)), lower(coalesce(trim(\`acronym\`), ''))) THEN '' ELSE ' · ' || trim(\`name_en\`) END;`)
  await db.run(sql`UPDATE \`sources\` SET \`search_title\` = \`title\`
    || CASE WHEN coalesce(trim(\`title_zh\`), '') = '' OR lower(trim(\`title_zh\`)) = lower(trim(\`title\`)) THEN '' ELSE ' · ' || trim(\`title_zh\`) END;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`think_tanks\` DROP COLUMN \`search_title\`;`)
  await db.run(sql`ALTER TABLE \`sources\` DROP COLUMN \`search_title\`;`)
}
