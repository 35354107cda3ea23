import type { EntityClass, EntityProperty, RequiredEntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { bulkQuery } from './bulk-query';
import { pgArray } from './pg-array';

/** Makes new rows: the entity manager (persisted on its next flush), or a {@link BulkRows} batch. */
export interface RowFactory {
  create<T extends object>(entity: EntityClass<T>, data: RequiredEntityData<T>): T;
}

/** How many rows one INSERT carries. */
const CHUNK = 5000;

/**
 * New rows written in bulk — a remittance posting's claims, lines, adjustments, PLB amounts and ledger entries, a batch
 * transition's audit rows — made as plain objects with the entity's property defaults (not managed by the unit of
 * work) and inserted with one
 * `INSERT … SELECT * FROM unnest(…)` per table and chunk: one array parameter per column, whatever the number of
 * rows, with each value converted by the ORM's own column types. A check of thousands of claim payments is a few
 * statements. Rows may be changed until {@link insert}; after it they are plain records.
 */
export class BulkRows implements RowFactory {
  private readonly byEntity = new Map<EntityClass<object>, object[]>();
  private readonly defaults = new Map<EntityClass<object>, Record<string, unknown>>();

  constructor(private readonly em: EntityManager) {}

  create<T extends object>(entity: EntityClass<T>, data: RequiredEntityData<T>): T {
    const row = { ...this.defaultsOf(entity as EntityClass<object>), id: randomUUID(), createdAt: new Date(), ...data } as T;
    const rows = this.byEntity.get(entity as EntityClass<object>) ?? [];
    rows.push(row);
    this.byEntity.set(entity as EntityClass<object>, rows);
    return row;
  }

  /**
   * The property defaults of an entity (its initializers, read once from an instance): rows are plain objects, which
   * the ORM's property accessors do not slow down. Array defaults are copied for each row.
   */
  private defaultsOf(entity: EntityClass<object>): Record<string, unknown> {
    let defaults = this.defaults.get(entity);
    if (!defaults) {
      defaults = { ...(new (entity as new () => object)() as Record<string, unknown>) };
      this.defaults.set(entity, defaults);
    }
    const copy: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(defaults)) copy[key] = Array.isArray(value) ? [...value] : value;
    return copy;
  }

  /** Inserts every row made, table by table in the order first used, and forgets them. */
  async insert(): Promise<void> {
    for (const [entity, rows] of this.byEntity) {
      for (let start = 0; start < rows.length; start += CHUNK) await this.insertChunk(entity, rows.slice(start, start + CHUNK));
    }
    this.byEntity.clear();
  }

  private async insertChunk(entity: EntityClass<object>, rows: readonly object[]): Promise<void> {
    const meta = this.em.getMetadata().get(entity.name);
    const platform = this.em.getPlatform();
    const columns = meta.props.filter((prop) => prop.persist !== false && prop.fieldNames?.length === 1 && prop.columnTypes?.length === 1);
    const values = columns.map((prop) => pgArray(rows.map((row) => toText(databaseValue(prop, (row as Record<string, unknown>)[prop.name], platform)))));
    const casts = columns.map((prop) => `?::${arrayType(prop)}`);
    await bulkQuery(this.em, `insert into "${meta.tableName}" (${columns.map((prop) => `"${prop.fieldNames[0]}"`).join(', ')}) select * from unnest(${casts.join(', ')})`, values);
  }
}

function databaseValue(prop: EntityProperty, value: unknown, platform: ReturnType<EntityManager['getPlatform']>): unknown {
  if (value === null || value === undefined) return null;
  return prop.customType ? prop.customType.convertToDatabaseValue(value, platform, { mode: 'query-data' }) : value;
}

function toText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The element type of the column's array parameter (`json` columns travel as jsonb). */
function arrayType(prop: EntityProperty): string {
  const type = (prop.columnTypes[0] as string).toLowerCase();
  return `${type === 'json' ? 'jsonb' : type}[]`;
}
