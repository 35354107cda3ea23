import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** What the exchange remembers between runs, in `<stateDir>/state.json`. */
export interface ExchangeStateData {
  /** The next ISA13/GS06 of the answers (never reused). */
  nextControlNumber: number;
  /** Every 837P file answered (or refused), by the SHA-256 of its bytes. */
  answered: Record<string, { source: string; interchange?: string; at: string }>;
  /** 835 files waiting for their delay; their content is in `<stateDir>/pending/<file>`. */
  pending: { file: string; dueAt: string }[];
}

/** Writes a file through a hidden temporary name and a rename, so a reader never sees it half written. */
export async function writeAtomically(dir: string, name: string, content: string | Buffer): Promise<void> {
  const temporary = join(dir, `.${name}.${process.pid}.part`);
  await writeFile(temporary, content);
  await rename(temporary, join(dir, name));
}

/** The exchange's memory on disk: which files were answered and which 835s are still due. */
export class ExchangeState {
  private constructor(readonly dir: string, readonly data: ExchangeStateData) {}

  /** Loads the state of `dir` (created when missing). */
  static async open(dir: string, firstControlNumber = 1): Promise<ExchangeState> {
    await mkdir(join(dir, 'pending'), { recursive: true });
    try {
      const data = JSON.parse(await readFile(join(dir, 'state.json'), 'utf8')) as ExchangeStateData;
      return new ExchangeState(dir, data);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`cannot read ${join(dir, 'state.json')}: ${(e as Error).message}`);
      return new ExchangeState(dir, { nextControlNumber: firstControlNumber, answered: {}, pending: [] });
    }
  }

  /** Saves the state (atomically). */
  async save(): Promise<void> {
    await writeAtomically(this.dir, 'state.json', JSON.stringify(this.data, null, 2));
  }

  /** The folder of the 835s waiting for their delay. */
  get pendingDir(): string {
    return join(this.dir, 'pending');
  }
}
