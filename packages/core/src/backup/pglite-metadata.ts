import type { PGlite } from '@electric-sql/pglite';

/** The migrations recorded in MikroORM's table (none when the database was never migrated), in order. */
export async function appliedMigrations(pglite: PGlite): Promise<string[]> {
  const table = await pglite.query<{ exists: string | null }>(`select to_regclass('public.mikro_orm_migrations')::text as exists`);
  if (!table.rows[0]?.exists) return [];
  const rows = await pglite.query<{ name: string }>('select name from mikro_orm_migrations order by id');
  return rows.rows.map((row) => row.name);
}

/** The embedded PostgreSQL's `server_version`. */
export async function postgresVersion(pglite: PGlite): Promise<string> {
  const result = await pglite.query<{ server_version: string }>('show server_version');
  return result.rows[0]?.server_version ?? 'unknown';
}
