import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { FileTransport, FileTransportSession, TransportDirectory } from './file-transport';
import { isHidden, partName, timestampedName } from './hidden-names';
import { transportErrorOf } from './transport-error';

const exists = (path: string) => stat(path).then(() => true, () => false);

function localDirectory(path: string, label: string): TransportDirectory {
  return {
    path,
    label,
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
    async write(name, content) {
      const temporary = join(path, partName(name));
      try {
        await writeFile(temporary, content, { encoding: 'utf8', flag: 'w' });
        await rename(temporary, join(path, name));
      } catch (error) {
        throw transportErrorOf(`writing ${name} to the ${label} directory`, error);
      }
    },
  };
}

async function freeName(directory: string, name: string): Promise<string> {
  if (!(await exists(join(directory, name)))) return name;
  const now = new Date();
  for (let attempt = 0; ; attempt++) {
    const candidate = timestampedName(name, now, attempt);
    if (!(await exists(join(directory, candidate)))) return candidate;
  }
}

const session: FileTransportSession = {
  directory: localDirectory,
  async move(from, name, to) {
    try {
      await mkdir(to.path, { recursive: true });
      const target = await freeName(to.path, name);
      await rename(join(from.path, name), join(to.path, target));
      return target;
    } catch (error) {
      throw transportErrorOf(`moving ${name} to the ${to.label} directory`, error);
    }
  },
  close: async () => undefined,
};

/** Local or mounted directories: written under a temporary name then renamed, which is atomic on one file system. */
export function folderTransport(): FileTransport {
  return { type: 'folder', join, dirname, open: async () => session };
}
