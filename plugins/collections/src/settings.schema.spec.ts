import { collectionsSettings } from './settings.schema';

const folder = { type: 'folder', outbound: '/srv/agency/out', inbound: '/srv/agency/in' };
const sftp = {
  type: 'sftp', host: 'sftp.acme-recovery.example', username: 'clinic42', privateKey: { env: 'AGENCY_KEY' },
  hostKeySha256: 'SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU', outbound: '/placements', inbound: '/activity',
};
const base = { agencyName: 'Acme Recovery', layout: 'csv', paymentsReported: 'gross', delivery: folder };
const collector = { name: 'Acme Recovery LLC', address: ['1 Main St', 'Dover, DE 19901'], phone: '800-555-0100', hours: 'Monday–Friday 9 a.m.–5 p.m. Eastern' };

const problems = (settings: unknown) => {
  const parsed = collectionsSettings.safeParse(settings);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('the collections settings', () => {
  it('takes a folder or an SFTP delivery, with defaults for the port, the timeouts and who sends notices', () => {
    expect(collectionsSettings.parse(base)).toMatchObject({ noticesSentBy: 'agency', delivery: folder });
    expect(collectionsSettings.parse({ ...base, layout: 'fixed-width', delivery: sftp }).delivery).toMatchObject({ port: 22, connectTimeoutMs: 20_000, operationTimeoutMs: 60_000 });
  });

  it('requires the layout, the delivery and how payments are reported', () => {
    expect(problems({ agencyName: 'Acme' })).toEqual([
      'layout: Invalid option: expected one of "csv"|"fixed-width"',
      'delivery: Invalid input: expected object, received undefined',
      'paymentsReported: Invalid option: expected one of "gross"|"net"',
    ]);
  });

  it('refuses an SFTP delivery without a credential or with a malformed host key pin', () => {
    expect(problems({ ...base, delivery: { ...sftp, privateKey: undefined } })).toEqual(['delivery.password: give a password or a privateKey']);
    expect(problems({ ...base, delivery: { ...sftp, hostKeySha256: 'ssh-ed25519 AAAA' } })).toEqual([
      'delivery.hostKeySha256: the SHA-256 fingerprint of the server\'s host key as ssh-keygen -lf prints it, e.g. SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU',
    ]);
  });

  it('refuses relative local directories and directories that collide', () => {
    expect(problems({ ...base, delivery: { ...folder, inbound: 'in' } })).toEqual(['delivery.inbound: must be an absolute path on the server']);
    expect(problems({ ...base, delivery: { ...folder, inbound: folder.outbound } })).toEqual(['delivery.inbound: must not be the outbound directory']);
    expect(problems({ ...base, delivery: { ...folder, processed: folder.inbound, refused: '/srv/agency/bad' } })).toEqual(['delivery.processed: must be neither the inbound nor the outbound directory']);
  });

  it('needs the collector when OpenRCM sends the validation notices', () => {
    expect(problems({ ...base, noticesSentBy: 'openrcm' })).toEqual(['collector: is required when noticesSentBy is openrcm: the notice names the collector']);
    expect(problems({ ...base, noticesSentBy: 'openrcm', collector })).toEqual([]);
  });
});
