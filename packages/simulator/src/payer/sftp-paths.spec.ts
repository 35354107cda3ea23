import { localPath, sftpTarget } from './sftp-paths';

describe('sftpTarget', () => {
  it('serves the root, the two folders and the files directly in them', () => {
    expect(sftpTarget('.')).toEqual({ kind: 'root', path: '/' });
    expect(sftpTarget('outbox')).toEqual({ kind: 'folder', path: '/outbox', folder: 'outbox' });
    expect(sftpTarget('/inbox/../outbox//a.837')).toEqual({ kind: 'file', path: '/outbox/a.837', folder: 'outbox', name: 'a.837' });
    expect(localPath('/srv/sim', sftpTarget('/inbox/x.999.x12')!)).toBe('/srv/sim/inbox/x.999.x12');
  });

  it('refuses anything else: escapes above the root, other folders, sub-folders, hidden files', () => {
    for (const path of ['/etc/passwd', '/../../etc/passwd', '/.openrcm-sim/state.json', '/outbox/sub/a.837', '/inbox/.secret', '/outboxes']) {
      expect([path, sftpTarget(path)]).toEqual([path, undefined]);
    }
    expect(sftpTarget('/../outbox/a')).toMatchObject({ path: '/outbox/a' });
  });
});
