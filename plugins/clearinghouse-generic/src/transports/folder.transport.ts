import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FolderTransportSettings } from '../transport-settings.schema';
import { isHidden, partName, type BatchTransport, type RemoteDirectory, type TransportSession } from './batch-transport';
import { transportErrorOf } from './io-errors';

function localDirectory(path: string, label: string): RemoteDirectory {
  return {
    async list() {
      try {
        const entries = await readdir(path, { withFileTypes: true });
        return entries.filter((entry) => entry.isFile() && !isHidden(entry.name)).map((entry) => entry.name).sort();
      } catch (error) {
        throw transportErrorOf(`listing the ${label} directory`, error);
      }
    },
    async read(name) {
      try {
        return await readFile(join(path, name));
      } catch (error) {
        throw transportErrorOf(`reading ${name} from the ${label} directory`, error);
      }
    },
  };
}

async function moveUnique(from: string, directory: string, name: string): Promise<void> {
  await mkdir(directory, { recursive: true });
  const target = join(directory, name);
  const taken = await stat(target).then(() => true, () => false);
  await rename(from, taken ? join(directory, `${Date.now()}-${name}`) : target);
}

/** Local or mounted directories: written with a temporary name then renamed, which is atomic on one file system. */
export function folderTransport(settings: FolderTransportSettings): BatchTransport {
  const session: TransportSession = {
    outbox: localDirectory(settings.outbox, 'outbox'),
    inbox: localDirectory(settings.inbox, 'inbox'),
    async upload(fileName, x12) {
      const temporary = join(settings.outbox, partName(fileName));
      try {
        await writeFile(temporary, x12, { encoding: 'utf8', flag: 'w' });
        await rename(temporary, join(settings.outbox, fileName));
      } catch (error) {
        throw transportErrorOf(`writing ${fileName} to the outbox directory`, error);
      }
    },
    async archive(name) {
      if (!settings.archive) return;
      try {
        await moveUnique(join(settings.inbox, name), settings.archive, name);
      } catch (error) {
        throw transportErrorOf(`moving ${name} to the archive directory`, error);
      }
    },
    close: async () => undefined,
  };
  return { type: 'folder', receives: true, open: async () => session };
}
