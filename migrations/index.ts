import * as migration_20261129_032134_initial from './20261129_032134_initial';
import * as migration_20261129_034751_review_chain from './20261129_034751_review_chain';
import * as migration_20261129_041429_import_and_checks from './20261129_041429_import_and_checks';
import * as migration_20261129_042512_public_site from './20261129_042512_public_site';
import * as migration_20261129_085552_sign_in_events from './20261129_085552_sign_in_events';
import * as migration_20261129_093124_registry_and_releases from './20261129_093124_registry_and_releases';
import * as migration_20261129_094541_newsletter_distribution from './20261129_094541_newsletter_distribution';
import * as migration_20261129_102928_reader_indexes_and_search_entries from './20261129_102928_reader_indexes_and_search_entries';
import * as migration_20261129_113411_delivery_sending_state from './20261129_113411_delivery_sending_state';
import * as migration_20261129_120000_texts_parent_indexes from './20261129_120000_texts_parent_indexes';
import * as migration_20261129_125838_jobs_schedule_stats from './20261129_125838_jobs_schedule_stats';
import * as migration_20261205_125758_issue21_account_trail_consent from './20261205_125758_issue21_account_trail_consent';
import * as migration_20261205_141041_search_titles from './20261205_141041_search_titles';
import * as migration_20261205_141158_watch_desk from './20261205_141158_watch_desk';
import * as migration_20261205_161329_watch_desk_gaps from './20261205_161329_watch_desk_gaps';
import * as migration_20261205_200426_registry_feeds_documented_by from './20261205_200426_registry_feeds_documented_by';
import * as migration_20261205_201349_watch_host_slots from './20261205_201349_watch_host_slots';
import * as migration_20261205_233332_lookup_indexes from './20261205_233332_lookup_indexes';

export const migrations = [
  {
    up: migration_20261129_032134_initial.up,
    down: migration_20261129_032134_initial.down,
    name: '20261129_032134_initial',
  },
  {
    up: migration_20261129_034751_review_chain.up,
    down: migration_20261129_034751_review_chain.down,
    name: '20261129_034751_review_chain',
  },
  {
    up: migration_20261129_041429_import_and_checks.up,
    down: migration_20261129_041429_import_and_checks.down,
    name: '20261129_041429_import_and_checks',
  },
  {
    up: migration_20261129_042512_public_site.up,
    down: migration_20261129_042512_public_site.down,
    name: '20261129_042512_public_site',
  },
  {
    up: migration_20261129_085552_sign_in_events.up,
    down: migration_20261129_085552_sign_in_events.down,
    name: '20261129_085552_sign_in_events',
  },
  {
    up: migration_20261129_093124_registry_and_releases.up,
    down: migration_20261129_093124_registry_and_releases.down,
    name: '20261129_093124_registry_and_releases',
  },
  {
    up: migration_20261129_094541_newsletter_distribution.up,
    down: migration_20261129_094541_newsletter_distribution.down,
    name: '20261129_094541_newsletter_distribution',
  },
  {
    up: migration_20261129_102928_reader_indexes_and_search_entries.up,
    down: migration_20261129_102928_reader_indexes_and_search_entries.down,
    name: '20261129_102928_reader_indexes_and_search_entries',
  },
  {
    up: migration_20261129_113411_delivery_sending_state.up,
    down: migration_20261129_113411_delivery_sending_state.down,
    name: '20261129_113411_delivery_sending_state',
  },
  {
    up: migration_20261129_120000_texts_parent_indexes.up,
    down: migration_20261129_120000_texts_parent_indexes.down,
    name: '20261129_120000_texts_parent_indexes',
  },
  {
    up: migration_20261129_125838_jobs_schedule_stats.up,
    down: migration_20261129_125838_jobs_schedule_stats.down,
    name: '20261129_125838_jobs_schedule_stats',
  },
  {
    up: migration_20261205_125758_issue21_account_trail_consent.up,
    down: migration_20261205_125758_issue21_account_trail_consent.down,
    name: '20261205_125758_issue21_account_trail_consent',
  },
  {
    up: migration_20261205_141041_search_titles.up,
    down: migration_20261205_141041_search_titles.down,
    name: '20261205_141041_search_titles',
  },
  {
    up: migration_20261205_141158_watch_desk.up,
    down: migration_20261205_141158_watch_desk.down,
    name: '20261205_141158_watch_desk',
  },
  {
    up: migration_20261205_161329_watch_desk_gaps.up,
    down: migration_20261205_161329_watch_desk_gaps.down,
    name: '20261205_161329_watch_desk_gaps',
  },
  {
    up: migration_20261205_200426_registry_feeds_documented_by.up,
    down: migration_20261205_200426_registry_feeds_documented_by.down,
    name: '20261205_200426_registry_feeds_documented_by',
  },
  {
    up: migration_20261205_201349_watch_host_slots.up,
    down: migration_20261205_201349_watch_host_slots.down,
    name: '20261205_201349_watch_host_slots',
  },
  {
    up: migration_20261205_233332_lookup_indexes.up,
    down: migration_20261205_233332_lookup_indexes.down,
    name: '20261205_233332_lookup_indexes'
  },
];
