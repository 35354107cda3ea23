import { clearinghouseGenericSettings, liftLegacyRealTime } from './settings.schema';

const REAL_TIME = { endpointUrl: 'https://rt.example.com/core', senderId: 'S1', receiverId: 'R1', auth: { type: 'bearer', token: { env: 'TOKEN' } } };
const FINGERPRINT = 'SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU';
const SFTP = { type: 'sftp', host: 'sftp.example.com', username: 'clinic', password: { env: 'SFTP_PASSWORD' }, hostKeySha256: FINGERPRINT, outbox: '/out', inbox: '/in' };

const issuesOf = (raw: unknown) => {
  const result = clearinghouseGenericSettings.safeParse(raw);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('the settings', () => {
  it('reads the flat real-time settings of earlier versions as the realTime section, with its defaults', () => {
    expect(clearinghouseGenericSettings.parse(REAL_TIME)).toEqual({ realTime: { ...REAL_TIME, timeoutMs: 25_000, checksum: false } });
    expect(liftLegacyRealTime({ ...REAL_TIME, transport: SFTP })).toEqual({ realTime: REAL_TIME, transport: SFTP });
  });

  it('takes a realTime section and a transport side by side, with the SFTP defaults', () => {
    expect(clearinghouseGenericSettings.parse({ realTime: REAL_TIME, transport: SFTP })).toMatchObject({
      realTime: { endpointUrl: 'https://rt.example.com/core' },
      transport: { ...SFTP, port: 22, connectTimeoutMs: 20_000, operationTimeoutMs: 60_000 },
    });
    expect(clearinghouseGenericSettings.parse({ transport: { type: 'folder', outbox: '/o', inbox: '/i' } })).toEqual({ transport: { type: 'folder', outbox: '/o', inbox: '/i' } });
  });

  it('refuses an SFTP transport without a credential, with a malformed fingerprint or a plain secret', () => {
    expect(issuesOf({ transport: { ...SFTP, password: undefined } })).toEqual(['transport.password: give a password or a privateKey']);
    expect(issuesOf({ transport: { ...SFTP, hostKeySha256: 'aa:bb:cc' } })[0]).toMatch(/^transport\.hostKeySha256: the SHA-256 fingerprint/);
    expect(issuesOf({ transport: { ...SFTP, password: 'plain' } })[0]).toMatch(/^transport\.password:/);
  });

  it('refuses a plain-http HTTPS transport URL other than loopback, and settings with nothing configured', () => {
    expect(issuesOf({ transport: { type: 'https', url: 'http://ch.example.com/claims', auth: { type: 'none' } } })).toEqual([
      'transport.url: must be an https URL (plain http only to localhost, for the simulator)',
    ]);
    expect(issuesOf({ transport: { type: 'https', url: 'http://127.0.0.1:8080/claims', auth: { type: 'none' } } })).toEqual([]);
    expect(issuesOf({})).toEqual([': configure realTime, transport, or both']);
  });
});
