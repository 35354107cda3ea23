import type { EntityManager } from '@mikro-orm/postgresql';
import { from as copyFrom } from 'pg-copy-streams';

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
  /** Runs `COPY table (columns) FROM STDIN` with `pieces` of COPY text, in order. */
  copy(table: string, columns: readonly string[], pieces: readonly Buffer[]): Promise<void>;
  release(): Promise<void>;
}

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
    copy: (table, columns, pieces) => copyPieces(connection, `copy "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) from stdin`, pieces),
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

/** How a column's value becomes text; `plain` when that text never holds a tab, a newline or a backslash. */
export interface CopyColumn {
  readonly plain: boolean;
  toText(value: unknown): string | null;
}

/** The bytes of one piece of COPY text (one message to the database), unless a single row needs more. */
const PIECE = 1 << 16;

/** How many free pieces are kept for the next rows (16 MiB): about two posting batches' text, the one in flight and the next. */
const POOL_LIMIT = 256;

/**
 * Pieces whose text the database has taken, for the next rows to be written into. Reusing them spares the allocation
 * of fresh memory for every batch (its first touch is what made building the text slow) and the garbage collections
 * that off-heap memory growing by megabytes per batch sets off.
 */
const freePieces: Buffer[] = [];

const NO_PIECE = Buffer.alloc(0);

/**
 * Rows as COPY's text format, a line per row: the columns' texts separated by tabs, `\N` for null, backslash, tab,
 * newline and carriage return escaped. Each row's line is written at once into pieces of bytes outside the JavaScript
 * heap (no strings to collect). Once the database has taken the text, {@link release} hands the pieces back for reuse.
 */
export class CopyText {
  private readonly done: Buffer[] = [];
  /** The full-size pieces this text was written into, which {@link release} gives back. */
  private readonly owned: Buffer[] = [];
  /** The piece being written (none yet: {@link NO_PIECE}). */
  private piece: Buffer = NO_PIECE;
  private used = 0;

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
    this.write(line);
  }

  /** The text so far, in pieces. */
  pieces(): Buffer[] {
    if (this.used > 0) {
      this.done.push(this.piece.subarray(0, this.used));
      this.piece = NO_PIECE;
      this.used = 0;
    }
    return [...this.done];
  }

  /**
   * Gives the pieces back for other rows, once the database has taken them (COPY answered): neither this text nor the
   * pieces it returned may be used afterwards. Text whose COPY failed is not released (a piece may still be queued on
   * the connection).
   */
  release(): void {
    for (const piece of this.owned) if (freePieces.length < POOL_LIMIT) freePieces.push(piece);
    this.owned.length = 0;
    this.done.length = 0;
    this.piece = NO_PIECE;
    this.used = 0;
  }

  /** Writes a row's line (UTF-8); a full piece is put aside first. */
  private write(line: string): void {
    const most = line.length * 3;
    if (this.used + most > this.piece.length) {
      if (this.used > 0) this.done.push(this.piece.subarray(0, this.used));
      this.piece = most <= PIECE ? this.freshPiece() : Buffer.allocUnsafe(most);
      this.used = 0;
    }
    this.used += this.piece.write(line, this.used);
  }

  private freshPiece(): Buffer {
    const piece = freePieces.pop() ?? Buffer.allocUnsafe(PIECE);
    this.owned.push(piece);
    return piece;
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
