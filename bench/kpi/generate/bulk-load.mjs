// Bulk loading: the tables' indexes (primary keys and unique constraints included) are set aside while the history is
// inserted and built again afterwards from their exact definitions — one sort per index instead of a random B-tree
// insert per row, which with random UUID keys and a small shared_buffers is what a bulk insert otherwise waits on.
// A duplicate key the generator wrote would make the rebuild of its unique index fail.

/** Drops the indexes and primary-key/unique constraints of `tables`; returns their definitions for {@link restoreIndexes}. */
export async function setIndexesAside(db, tables) {
  const { rows: constraints } = await db.query(
    `select c.relname as table_name, k.conname as name, pg_get_constraintdef(k.oid) as definition
       from pg_constraint k join pg_class c on c.oid = k.conrelid
      where k.contype in ('p', 'u') and c.relnamespace = 'public'::regnamespace and c.relname = any($1)`,
    [tables],
  );
  const { rows: indexes } = await db.query(
    `select c.relname as table_name, x.relname as name, pg_get_indexdef(i.indexrelid) as definition
       from pg_index i join pg_class c on c.oid = i.indrelid join pg_class x on x.oid = i.indexrelid
      where c.relnamespace = 'public'::regnamespace and c.relname = any($1)
        and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)`,
    [tables],
  );
  for (const index of indexes) await db.query(`drop index "${index.name}"`);
  for (const constraint of constraints) await db.query(`alter table "${constraint.table_name}" drop constraint "${constraint.name}"`);
  return { constraints, indexes };
}

/** Builds the indexes and constraints set aside again; returns the seconds each table's took. */
export async function restoreIndexes(db, aside) {
  const seconds = new Map();
  const timed = async (table, statement) => {
    const started = process.hrtime.bigint();
    await db.query(statement);
    seconds.set(table, (seconds.get(table) ?? 0) + Number(process.hrtime.bigint() - started) / 1e9);
  };
  for (const constraint of aside.constraints) await timed(constraint.table_name, `alter table "${constraint.table_name}" add constraint "${constraint.name}" ${constraint.definition}`);
  for (const index of aside.indexes) await timed(index.table_name, index.definition);
  return seconds;
}
