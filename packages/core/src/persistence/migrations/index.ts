import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123000000Foundation } from './migration-2026-11-23-foundation';

/** Every migration, in order. The same list runs on PGlite and PostgreSQL. */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261123000000Foundation', class: Migration20261123000000Foundation },
];
