import type { EntityManager } from '@mikro-orm/postgresql';
import { from as copyFrom } from 'pg-copy-streams';
import { BINARY_HEADER, BINARY_TRAILER, type BinaryField } from './copy-binary';

/** The node-postgres client of a connection, as far as COPY needs it. */
interface PgClient {
  query(stream: ReturnType<typeof copyFrom>): ReturnType<typeof copyFrom>;
  readonly connection: { sendCopyFromChunk(chunk: Buffer): void };
}

interface KnexClient {
  acquireConnection(): Promise<unknown>;
  releaseConnection(connection: unknown): Promise<unknown>;
}

/** COPY into the tables of one database connection: the entity manager's transaction's, or one from the pool. */
export interface CopyConnection {
  /** Runs `COPY table (columns) FROM STDIN` with `pieces` of COPY data in `format`, in order. */
  copy(table: string, columns: readonly string[], pieces: readonly Buffer[], format: CopyFormat): Promise<void>;
  release(): Promise<void>;
}

/** COPY's text format, or its binary one. */
export type CopyFormat = 'text' | 'binary';

/**
 * The connection to COPY on: the one of the entity manager's transaction when it has one, else one from the pool
 * (release it). PostgreSQL through node-postgres only.
 */
export async function copyConnectionOf(em: EntityManager): Promise<CopyConnection> {
  const transaction = em.getTransactionContext() as { client: KnexClient } | undefined;
  const knexClient = transaction?.client ?? (em.getConnection().getKnex().client as KnexClient);
  const connection = await knexClient.acquireConnection();
  const release = async () => {
    if (!transaction) await knexClient.releaseConnection(connection);
  };
  if (!isPgClient(connection)) {
    await release();
    throw new Error('COPY needs a PostgreSQL connection through node-postgres');
  }
  return {
    copy: (table, columns, pieces, format) =>
      copyPieces(connection, `copy "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) from stdin${format === 'binary' ? ' with (format binary)' : ''}`, pieces),
    release,
  };
}

/** Resolves once the database has taken every row (the stream finishes after the server's answer), else rejects. */
function copyPieces(client: PgClient, sql: string, pieces: readonly Buffer[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const stream = client.query(copyFrom(sql));
    stream.on('error', reject);
    stream.on('finish', () => resolve());
    for (const piece of pieces) stream.write(piece);
    stream.end();
  });
}

function isPgClient(connection: unknown): connection is PgClient {
  const candidate = connection as Partial<PgClient> | null;
  return typeof candidate?.query === 'function' && typeof candidate.connection?.sendCopyFromChunk === 'function';
}

/**
 * How a column's value becomes text (`plain` when that text never holds a tab, a newline or a backslash), and, when
 * its type has one, its binary writer, which takes the value as the ORM converts it for the database (`toDatabase`).
 */
export interface CopyColumn {
  readonly plain: boolean;
  toText(value: unknown): string | null;
  readonly binary?: BinaryColumn;
}

/** A column's binary writer, and the ORM's conversion of a value for the database that it writes. */
export interface BinaryColumn {
  readonly field: BinaryField;
  toDatabase(value: unknown): unknown;
}

/** Rows as COPY data in one format, in pieces of bytes that {@link CopyRows.release} hands back once the database took them. */
export interface CopyRows {
  readonly format: CopyFormat;
  add(row: object): void;
  pieces(): Buffer[];
  release(): void;
}

/** COPY data for rows of these columns: binary when every column has a binary writer, else text. */
export function copyRowsOf(names: readonly string[], columns: readonly CopyColumn[]): CopyRows {
  return columns.every((column) => column.binary) ? new CopyBinary(names, columns) : new CopyText(names, columns);
}

/** The bytes of one piece of COPY data (one message to the database), unless a single row needs more. */
const PIECE = 1 << 16;

/** How many free pieces are kept for the next rows (16 MiB): about two posting batches' data, the one in flight and the next. */
const POOL_LIMIT = 256;

/**
 * Pieces whose bytes the database has taken, for the next rows to be written into. Reusing them spares the allocation
 * of fresh memory for every batch (its first touch is what made writing the rows slow) and the garbage collections
 * that off-heap memory growing by megabytes per batch sets off.
 */
const freePieces: Buffer[] = [];

const NO_PIECE = Buffer.alloc(0);

/**
 * Bytes written outside the JavaScript heap, in pieces of {@link PIECE} bytes (one message to the database each) taken
 * from the free pieces when there are some. A row is written whole into one piece: {@link room} makes room for it first.
 */
class Pieces {
  private readonly done: Buffer[] = [];
  /** The full-size pieces written into, which {@link release} gives back. */
  private readonly owned: Buffer[] = [];
  /** The piece being written (none yet: {@link NO_PIECE}). */
  piece: Buffer = NO_PIECE;
  /** How many of its bytes are written. */
  used = 0;

  /** Makes sure the current piece has `bytes` free (a full piece is put aside first); write at {@link used}. */
  room(bytes: number): void {
    if (this.used + bytes <= this.piece.length) return;
    if (this.used > 0) this.done.push(this.piece.subarray(0, this.used));
    this.piece = bytes <= PIECE ? this.freshPiece() : Buffer.allocUnsafe(bytes);
    this.used = 0;
  }

  /** The bytes so far, in pieces. */
  all(): Buffer[] {
    if (this.used > 0) {
      this.done.push(this.piece.subarray(0, this.used));
      this.piece = NO_PIECE;
      this.used = 0;
    }
    return [...this.done];
  }

  /** Gives the full-size pieces back for other rows; neither this object nor the pieces it returned may be used afterwards. */
  release(): void {
    for (const piece of this.owned) if (freePieces.length < POOL_LIMIT) freePieces.push(piece);
    this.owned.length = 0;
    this.done.length = 0;
    this.piece = NO_PIECE;
    this.used = 0;
  }

  private freshPiece(): Buffer {
    const piece = freePieces.pop() ?? Buffer.allocUnsafe(PIECE);
    this.owned.push(piece);
    return piece;
  }
}

/**
 * Rows as COPY's text format, a line per row: the columns' texts separated by tabs, `\N` for null, backslash, tab,
 * newline and carriage return escaped. Each row's line is written at once into pieces of bytes outside the JavaScript
 * heap (no strings to collect). Once the database has taken the text, {@link release} hands the pieces back for reuse.
 * Text whose COPY failed is not released (a piece may still be queued on the connection).
 */
export class CopyText implements CopyRows {
  readonly format = 'text';
  private readonly bytes = new Pieces();

  /** `names`: the rows' property names, column by column. */
  constructor(
    private readonly names: readonly string[],
    private readonly columns: readonly CopyColumn[],
  ) {}

  add(row: object): void {
    const record = row as Record<string, unknown>;
    const last = this.columns.length - 1;
    let line = '';
    for (let index = 0; index <= last; index += 1) {
      const column = this.columns[index] as CopyColumn;
      const value = column.toText(record[this.names[index] as string]);
      line += value === null ? '\\N' : column.plain ? value : escaped(value);
      line += index === last ? '\n' : '\t';
    }
    this.bytes.room(line.length * 3);
    this.bytes.used += this.bytes.piece.write(line, this.bytes.used);
  }

  pieces(): Buffer[] {
    return this.bytes.all();
  }

  release(): void {
    this.bytes.release();
  }
}

/**
 * Rows as COPY's binary format ({@link BINARY_HEADER}, then per row its field count and each field's length, −1 for
 * null, and bytes; {@link BINARY_TRAILER}), written at once into pieces like {@link CopyText}'s.
 */
export class CopyBinary implements CopyRows {
  readonly format = 'binary';
  private readonly bytes = new Pieces();
  private readonly fields: readonly BinaryColumn[];
  /** The values of the row being written, as the columns convert them (one array for every row: nothing to collect). */
  private readonly values: unknown[];

  /** `names`: the rows' property names, column by column; every column has its binary writer. */
  constructor(
    private readonly names: readonly string[],
    columns: readonly CopyColumn[],
  ) {
    this.fields = columns.map((column, index) => {
      if (!column.binary) throw new Error(`column ${names[index]} has no binary COPY writer`);
      return column.binary;
    });
    this.values = new Array<unknown>(columns.length);
  }

  add(row: object): void {
    const record = row as Record<string, unknown>;
    const count = this.fields.length;
    const values = this.values;
    let most = 2;
    for (let index = 0; index < count; index += 1) {
      const column = this.fields[index] as BinaryColumn;
      const raw = record[this.names[index] as string];
      const value = raw === null || raw === undefined ? null : column.toDatabase(raw);
      values[index] = value;
      most += value === null || value === undefined ? 4 : 4 + column.field.most(value);
    }
    const bytes = this.bytes;
    bytes.room(most);
    const piece = bytes.piece;
    let at = bytes.used;
    piece.writeInt16BE(count, at);
    at += 2;
    for (let index = 0; index < count; index += 1) {
      const value = values[index];
      if (value === null || value === undefined) {
        piece.writeInt32BE(-1, at);
        at += 4;
        continue;
      }
      const length = (this.fields[index] as BinaryColumn).field.write(piece, at + 4, value);
      piece.writeInt32BE(length, at);
      at += 4 + length;
    }
    bytes.used = at;
  }

  pieces(): Buffer[] {
    return [BINARY_HEADER, ...this.bytes.all(), BINARY_TRAILER];
  }

  release(): void {
    this.bytes.release();
  }
}

function escaped(value: string): string {
  return /[\\\t\n\r]/.test(value) ? value.replace(/[\\\t\n\r]/g, escapeCharacter) : value;
}

function escapeCharacter(character: string): string {
  if (character === '\t') return '\\t';
  if (character === '\n') return '\\n';
  if (character === '\r') return '\\r';
  return '\\\\';
}
