import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'
import { index, type PgColumn } from '@payloadcms/db-postgres/drizzle/pg-core'

type PostgresSchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]

/**
 * Payload gives each hasMany text table (`<collection>_texts`) only an index on (`order`, `parent_id`),
 * which cannot serve the per-row lookup by `parent_id` every read of such a field makes (the SQLite
 * side adds the same index by hand in migrations/20261129_120000_texts_parent_indexes.ts). On
 * PostgreSQL the index is declared in the schema, so `migrate:create` writes it into the migration.
 */
export const textsParentIndex: PostgresSchemaHook = ({ extendTable, schema }) => {
  for (const [name, table] of Object.entries(schema.tables)) {
    if (!name.endsWith('_texts')) continue
    extendTable({
      table,
      extraConfig: (columns) => {
        const { order, parent, path } = columns as Record<'order' | 'parent' | 'path', PgColumn>
        return { parentPathIdx: index(`${name}_parent_path_idx`).on(parent, path, order) }
      },
    })
  }
  return schema
}
