import * as migration_20261205_124747_baseline from './20261205_124747_baseline';

export const migrations = [
  {
    up: migration_20261205_124747_baseline.up,
    down: migration_20261205_124747_baseline.down,
    name: '20261205_124747_baseline'
  },
];
