import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "watch_host_slots" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"host" varchar NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE UNIQUE INDEX "watch_host_slots_key_idx" ON "watch_host_slots" USING btree ("key");
  CREATE INDEX "watch_host_slots_host_idx" ON "watch_host_slots" USING btree ("host");
  CREATE INDEX "watch_host_slots_updated_at_idx" ON "watch_host_slots" USING btree ("updated_at");
  CREATE INDEX "watch_host_slots_created_at_idx" ON "watch_host_slots" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "watch_host_slots" CASCADE;`)
}
