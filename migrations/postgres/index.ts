import * as migration_20261205_141503_baseline from './20261205_141503_baseline';
import * as migration_20261205_161824_watch_desk_gaps from './20261205_161824_watch_desk_gaps';
import * as migration_20261205_200450_registry_feeds_documented_by from './20261205_200450_registry_feeds_documented_by';
import * as migration_20261205_201427_watch_host_slots from './20261205_201427_watch_host_slots';
import * as migration_20261205_233339_lookup_indexes from './20261205_233339_lookup_indexes';

export const migrations = [
  {
    up: migration_20261205_141503_baseline.up,
    down: migration_20261205_141503_baseline.down,
    name: '20261205_141503_baseline',
  },
  {
    up: migration_20261205_161824_watch_desk_gaps.up,
    down: migration_20261205_161824_watch_desk_gaps.down,
    name: '20261205_161824_watch_desk_gaps',
  },
  {
    up: migration_20261205_200450_registry_feeds_documented_by.up,
    down: migration_20261205_200450_registry_feeds_documented_by.down,
    name: '20261205_200450_registry_feeds_documented_by',
  },
  {
    up: migration_20261205_201427_watch_host_slots.up,
    down: migration_20261205_201427_watch_host_slots.down,
    name: '20261205_201427_watch_host_slots',
  },
  {
    up: migration_20261205_233339_lookup_indexes.up,
    down: migration_20261205_233339_lookup_indexes.down,
    name: '20261205_233339_lookup_indexes'
  },
];
