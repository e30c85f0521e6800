import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" ADD COLUMN "lead_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_lead_id" integer;
  ALTER TABLE "releases" ADD COLUMN "source_urls_indexed" boolean;
  ALTER TABLE "leads" ADD COLUMN "sort_at" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_lead_id_leads_id_fk" FOREIGN KEY ("version_lead_id") REFERENCES "public"."leads"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "articles_lead_idx" ON "articles" USING btree ("lead_id");
  CREATE INDEX "_articles_v_version_version_lead_idx" ON "_articles_v" USING btree ("version_lead_id");
  CREATE INDEX "releases_source_urls_indexed_idx" ON "releases" USING btree ("source_urls_indexed");
  CREATE INDEX "leads_sort_at_idx" ON "leads" USING btree ("sort_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" DROP CONSTRAINT "articles_lead_id_leads_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_lead_id_leads_id_fk";
  
  DROP INDEX "articles_lead_idx";
  DROP INDEX "_articles_v_version_version_lead_idx";
  DROP INDEX "releases_source_urls_indexed_idx";
  DROP INDEX "leads_sort_at_idx";
  ALTER TABLE "articles" DROP COLUMN "lead_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_lead_id";
  ALTER TABLE "releases" DROP COLUMN "source_urls_indexed";
  ALTER TABLE "leads" DROP COLUMN "sort_at";`)
}
