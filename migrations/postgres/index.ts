import * as migration_20261205_141503_baseline from './20261205_141503_baseline';

export const migrations = [
  {
    up: migration_20261205_141503_baseline.up,
    down: migration_20261205_141503_baseline.down,
    name: '20261205_141503_baseline'
  },
];
