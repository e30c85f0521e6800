import * as migration_20261205_141503_baseline from './20261205_141503_baseline';
import * as migration_20261205_161824_watch_desk_gaps from './20261205_161824_watch_desk_gaps';

export const migrations = [
  {
    up: migration_20261205_141503_baseline.up,
    down: migration_20261205_141503_baseline.down,
    name: '20261205_141503_baseline',
  },
  {
    up: migration_20261205_161824_watch_desk_gaps.up,
    down: migration_20261205_161824_watch_desk_gaps.down,
    name: '20261205_161824_watch_desk_gaps'
  },
];
