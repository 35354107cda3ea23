import type { EntityClass, EntityMetadata, EntityProperty, Platform, RequiredEntityData } from '@mikro-orm/core';
import { PostgreSqlDriver, type EntityManager } from '@mikro-orm/postgresql';
import { bulkQuery } from './bulk-query';
import { binaryFieldOf } from './copy-binary';
import { copyConnectionOf, copyRowsOf, type CopyColumn, type CopyRows } from './copy-rows';
import { pgArray } from './pg-array';
import { timeOrderedUuid } from './time-ordered-uuid';

/** Makes new rows: the entity manager (persisted on its next flush), or a {@link BulkRows} batch. */
export interface RowFactory {
  create<T extends object>(entity: EntityClass<T>, data: RequiredEntityData<T>): T;
}

/** How many rows one INSERT carries (PGlite). */
const CHUNK = 5000;

/** A column of a bulk-inserted table: its property, and how a row's value becomes the column's text. */
interface Column extends CopyColumn {
  readonly prop: EntityProperty;
  readonly field: string;
}

/**
 * The defaults a new row takes for the properties its data leaves out: the entity's property initializers that are not
 * undefined, and which of them are arrays (copied for each row).
 */
interface RowDefaults {
  readonly values: Readonly<Record<string, unknown>>;
  readonly keys: readonly string[];
}

/** The new rows of one table: those that may still change, and (PostgreSQL) the COPY data of those sealed. */
interface TableRows {
  readonly meta: EntityMetadata;
  readonly columns: readonly Column[];
  readonly defaults: RowDefaults;
  open: object[];
  readonly copy: CopyRows | null;
}

/**
 * New rows written in bulk — a remittance posting's claims, lines, adjustments, PLB amounts and ledger entries, a batch
 * transition's audit rows — as plain objects (not managed by the unit of work): the data given to {@link create}
 * becomes the row, with the entity's property defaults filled in where it leaves a property out, and time-ordered ids
 * (UUID version 7: the indexes on them grow at their end); each value converted by the ORM's own column types, and
 * written table by table: on PostgreSQL with one `COPY … FROM STDIN` per table (the database's own bulk load; in its
 * binary format when every column's type has a binary writer, which spares the database parsing the values back from
 * text), on PGlite with one `INSERT … SELECT * FROM unnest(…)` per table and chunk (one array parameter per column).
 * A row may be changed until it is sealed ({@link seal}, on PostgreSQL: it is turned into COPY data at once and let
 * go) or inserted ({@link insert}); after that it is a plain record.
 */
export class BulkRows implements RowFactory {
  private readonly tables = new Map<EntityClass<object>, TableRows>();
  private readonly copy: boolean;

  constructor(private readonly em: EntityManager) {
    this.copy = em.getDriver() instanceof PostgreSqlDriver;
  }

  /** Makes `data` (a fresh object, which this changes and keeps) a new row of `entity`; returns it. */
  create<T extends object>(entity: EntityClass<T>, data: RequiredEntityData<T>): T {
    const table = this.tableOf(entity as EntityClass<object>);
    // Not copied: rows are made by the hundred thousand.
    const row = data as Record<string, unknown>;
    row['id'] ??= timeOrderedUuid();
    row['createdAt'] ??= new Date();
    for (const key of table.defaults.keys) {
      if (row[key] !== undefined) continue;
      const value = table.defaults.values[key];
      row[key] = Array.isArray(value) ? [...value] : value;
    }
    table.open.push(row);
    return row as T;
  }

  /** Seals the rows made so far: on PostgreSQL they become COPY data now (the objects may be collected); no change after. */
  seal(): void {
    for (const table of this.tables.values()) {
      if (!table.copy) continue;
      for (const row of table.open) table.copy.add(row);
      table.open = [];
    }
  }

  /** Inserts every row made, table by table in the order first used, and forgets them. */
  async insert(): Promise<void> {
    this.seal();
    const tables = [...this.tables.values()];
    this.tables.clear();
    if (!this.copy) {
      for (const { meta, columns, open } of tables) {
        for (let start = 0; start < open.length; start += CHUNK) await this.insertChunk(meta.tableName, columns, open.slice(start, start + CHUNK));
      }
      return;
    }
    const connection = await copyConnectionOf(this.em);
    try {
      for (const { meta, columns, copy } of tables) {
        const data = copy as CopyRows;
        await connection.copy(meta.tableName, columns.map((column) => column.field), data.pieces(), data.format);
        data.release();
      }
    } finally {
      await connection.release();
    }
  }

  private tableOf(entity: EntityClass<object>): TableRows {
    let table = this.tables.get(entity);
    if (!table) {
      const meta = this.em.getMetadata().get(entity.name);
      const columns = columnsOf(meta.tableName, meta.props, this.em.getPlatform());
      table = { meta, columns, defaults: defaultsOf(entity), open: [], copy: this.copy ? copyRowsOf(columns.map((column) => column.prop.name), columns) : null };
      this.tables.set(entity, table);
    }
    return table;
  }

  private async insertChunk(table: string, columns: readonly Column[], rows: readonly object[]): Promise<void> {
    const values = columns.map((column) => pgArray(rows.map((row) => column.toText((row as Record<string, unknown>)[column.prop.name]))));
    const casts = columns.map((column) => `?::${arrayType(column.prop)}`);
    await bulkQuery(this.em, `insert into "${table}" (${columns.map((column) => `"${column.field}"`).join(', ')}) select * from unnest(${casts.join(', ')})`, values);
  }
}

/** The defaults of an entity's rows, read from an instance (rows are plain objects, which the ORM's property accessors do not slow down). */
function defaultsOf(entity: EntityClass<object>): RowDefaults {
  const values = Object.fromEntries(Object.entries(new (entity as new () => object)()).filter(([, value]) => value !== undefined));
  return { values, keys: Object.keys(values) };
}

/** The persisted single-column properties, each with its conversion by the ORM's column type to text and, where its type has one, its binary writer. */
function columnsOf(table: string, props: readonly EntityProperty[], platform: Platform): Column[] {
  return props
    .filter((prop) => prop.persist !== false && prop.fieldNames?.length === 1 && prop.columnTypes?.length === 1)
    .map((prop) => {
      const customType = prop.customType;
      const field = prop.fieldNames[0] as string;
      const type = (prop.columnTypes[0] as string).toLowerCase();
      const toDatabase = customType ? (value: unknown) => customType.convertToDatabaseValue(value, platform, { mode: 'query-data' }) : (value: unknown) => value;
      const binaryField = binaryFieldOf(type, `${table}.${field}`);
      const binary = binaryField ? { field: binaryField, toDatabase } : undefined;
      if (customType) return { prop, field, plain: false, toText: (value: unknown) => (value === null || value === undefined ? null : toText(toDatabase(value))), binary };
      if (type === 'timestamptz') return { prop, field, plain: true, toText: timestampText(), binary };
      return { prop, field, plain: PLAIN_TYPES.has(type), toText, binary };
    });
}

/** Column types whose text never holds a tab, a newline or a backslash (text that is not such a value fails the COPY). */
const PLAIN_TYPES: ReadonlySet<string> = new Set(['uuid', 'int', 'integer', 'smallint', 'bigint', 'numeric', 'real', 'double precision', 'boolean', 'date']);

function toText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** A timestamp's text; rows made together share their instant, which is formatted once. */
function timestampText(): (value: unknown) => string | null {
  let lastTime = Number.NaN;
  let lastText = '';
  return (value) => {
    if (!(value instanceof Date)) return toText(value);
    const time = value.getTime();
    if (time !== lastTime) {
      lastTime = time;
      lastText = value.toISOString();
    }
    return lastText;
  };
}

/** The element type of the column's array parameter (`json` columns travel as jsonb). */
function arrayType(prop: EntityProperty): string {
  const type = (prop.columnTypes[0] as string).toLowerCase();
  return `${type === 'json' ? 'jsonb' : type}[]`;
}
