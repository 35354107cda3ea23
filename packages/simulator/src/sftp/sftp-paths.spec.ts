import { folderList, localPath, mayMove, PAYER_SFTP_LAYOUT, sftpTarget } from './sftp-paths';

const payer = PAYER_SFTP_LAYOUT;
const agency = { folders: ['outbox', 'inbox', 'processed', 'refused'], uploads: ['outbox'], moves: [['inbox', 'processed'], ['inbox', 'refused']] } as const;

describe('sftpTarget', () => {
  it('serves the root, the two folders and the files directly in them', () => {
    expect(sftpTarget('.', payer)).toEqual({ kind: 'root', path: '/' });
    expect(sftpTarget('outbox', payer)).toEqual({ kind: 'folder', path: '/outbox', folder: 'outbox' });
    expect(sftpTarget('/inbox/../outbox//a.837', payer)).toEqual({ kind: 'file', path: '/outbox/a.837', folder: 'outbox', name: 'a.837' });
    expect(localPath('/srv/sim', sftpTarget('/inbox/x.999.x12', payer)!)).toBe('/srv/sim/inbox/x.999.x12');
  });

  it('refuses anything else: escapes above the root, other folders, sub-folders, hidden files', () => {
    for (const path of ['/etc/passwd', '/../../etc/passwd', '/.openrcm-sim/state.json', '/outbox/sub/a.837', '/inbox/.secret', '/outboxes', '/processed/a']) {
      expect([path, sftpTarget(path, payer)]).toEqual([path, undefined]);
    }
    expect(sftpTarget('/../outbox/a', payer)).toMatchObject({ path: '/outbox/a' });
  });

  it('serves the folders a layout names', () => {
    expect(sftpTarget('/processed/a.csv', agency)).toEqual({ kind: 'file', path: '/processed/a.csv', folder: 'processed', name: 'a.csv' });
    expect(sftpTarget('/archive/a.csv', agency)).toBeUndefined();
  });
});

describe('mayMove and folderList', () => {
  it('allows renames within a folder and across the pairs the layout names only', () => {
    expect(mayMove(payer, 'outbox', 'outbox')).toBe(true);
    expect(mayMove(payer, 'inbox', 'outbox')).toBe(false);
    expect(mayMove(agency, 'inbox', 'refused')).toBe(true);
    expect(mayMove(agency, 'refused', 'inbox')).toBe(false);
  });

  it('names the folders in a sentence', () => {
    expect(folderList(['outbox', 'inbox'])).toBe('/outbox and /inbox');
    expect(folderList(agency.folders)).toBe('/outbox, /inbox, /processed and /refused');
    expect(folderList(['inbox'])).toBe('/inbox');
  });
});
