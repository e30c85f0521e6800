import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'refreshPlannerStatistics' BEFORE 'pollDueFeeds';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'refreshPlannerStatistics' BEFORE 'pollDueFeeds';
  CREATE INDEX "sources_url_idx" ON "sources" USING btree ("url");
  CREATE INDEX "newsletter_number_idx" ON "issues" USING btree ("newsletter_id","number");
  CREATE INDEX "version_newsletter_version_number_idx" ON "_issues_v" USING btree ("version_newsletter_id","version_number");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishScheduledIssue', 'send-newsletter', 'pruneSignInEvents', 'pollDueFeeds');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishScheduledIssue', 'send-newsletter', 'pruneSignInEvents', 'pollDueFeeds');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "sources_url_idx";
  DROP INDEX "newsletter_number_idx";
  DROP INDEX "version_newsletter_version_number_idx";`)
}
