import * as migration_20261129_032134_initial from './20261129_032134_initial';

export const migrations = [
  {
    up: migration_20261129_032134_initial.up,
    down: migration_20261129_032134_initial.down,
    name: '20261129_032134_initial'
  },
];
