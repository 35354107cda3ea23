import { PGlite } from '@electric-sql/pglite';
import { Entity, MikroORM, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { randomBytes, randomUUID } from 'node:crypto';
import type { PGliteDriver as PGliteDriverClass } from 'mikro-orm-pglite' with { 'resolution-mode': 'import' };
import {
  configureFieldEncryption,
  DecryptionError,
  EncryptedStringType,
  EncryptionConfigError,
  fieldEncryption,
  KeyRing,
  normalizeSsn,
  resetFieldEncryption,
  type EncryptionKeys,
} from '../src/crypto';
import { testDatabaseConfig } from './support/test-database';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { PGliteDriver } = require('mikro-orm-pglite') as { PGliteDriver: typeof PGliteDriverClass };

@Entity({ tableName: 'crypto_test_patient' })
class TestPatient {
  [OptionalProps]?: 'id' | 'ssn' | 'ssnHash' | 'memberId';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: EncryptedStringType, nullable: true })
  ssn?: string | null;

  @Property({ type: 'text', fieldName: 'ssn_hash', nullable: true, index: true })
  ssnHash?: string | null;

  @Property({ type: new EncryptedStringType({ purpose: 'coverage.member_id' }), fieldName: 'member_id', nullable: true })
  memberId?: string | null;
}

const SSN = '078-05-1120';
const MEMBER_ID = 'W987654321';
const key = (id: string) => ({ id, key: randomBytes(32) });
const k1 = key('k1');
const k2 = key('k2');
const hashKey = key('h1');
const keysWith = (ring: KeyRing): EncryptionKeys => ({ keyRing: ring, hashKey });

describe('EncryptedStringType on a real database', () => {
  let orm: MikroORM;
  let pglite: PGlite | undefined;
  const statements: string[] = [];

  beforeAll(async () => {
    const config = await testDatabaseConfig();
    const common = { entities: [TestPatient], debug: ['query' as const], logger: (line: string) => statements.push(line), allowGlobalContext: false };
    if (config.url) {
      orm = await MikroORM.init({ ...common, driver: PostgreSqlDriver, clientUrl: config.url });
    } else {
      const instance = new PGlite('memory://');
      pglite = instance;
      orm = await MikroORM.init({ ...common, driver: PGliteDriver, dbName: 'postgres', driverOptions: { connection: { pglite: () => instance } } });
    }
    await orm.getSchemaGenerator().createSchema();
  });

  afterAll(async () => {
    resetFieldEncryption();
    await orm.close();
    await pglite?.close();
  });

  beforeEach(() => configureFieldEncryption(keysWith(new KeyRing([k1], 'k1'))));

  async function rawRow(id: string): Promise<Record<string, unknown>> {
    const rows = await orm.em.fork().getConnection().execute<Record<string, unknown>[]>('select * from crypto_test_patient where id = ?', [id]);
    return rows[0] as Record<string, unknown>;
  }

  async function createPatient(): Promise<TestPatient> {
    const em = orm.em.fork();
    const ssn = normalizeSsn(SSN) as string;
    const patient = em.create(TestPatient, { name: 'Jane', ssn, ssnHash: fieldEncryption().hasher.hash('patient.ssn', ssn), memberId: MEMBER_ID });
    await em.flush();
    return patient;
  }

  it('stores ciphertext bound to the column, never the number in clear, and reads back plaintext', async () => {
    const patient = await createPatient();
    const row = await rawRow(patient.id);
    expect(String(row['ssn'])).toMatch(/^enc:v1:k1:/);
    expect(String(row['member_id'])).toMatch(/^enc:v1:k1:/);
    expect(JSON.stringify(row)).not.toContain('078051120');
    expect(JSON.stringify(row)).not.toContain(MEMBER_ID);
    expect(fieldEncryption().cipher.decrypt(String(row['ssn']), 'crypto_test_patient.ssn')).toBe('078051120');
    const loaded = await orm.em.fork().findOneOrFail(TestPatient, patient.id);
    expect(loaded.ssn).toBe('078051120');
    expect(loaded.memberId).toBe(MEMBER_ID);
  });

  it('finds a patient by the keyed hash of the normalised SSN, and refuses a query on the encrypted column', async () => {
    const patient = await createPatient();
    const em = orm.em.fork();
    const hash = fieldEncryption().hasher.hash('patient.ssn', normalizeSsn('078 05 1120') as string);
    expect((await em.find(TestPatient, { ssnHash: hash })).map((found) => found.id)).toContain(patient.id);
    await expect(em.find(TestPatient, { ssn: '078051120' })).rejects.toThrow(/crypto_test_patient\.ssn is encrypted and cannot be used in a query condition/);
  });

  it('writes nothing when nothing changed, and re-encrypts when the value changes', async () => {
    const patient = await createPatient();
    const before = await rawRow(patient.id);
    const em = orm.em.fork();
    const loaded = await em.findOneOrFail(TestPatient, patient.id);
    statements.length = 0;
    await em.flush();
    expect(statements.filter((line) => /update/i.test(line))).toEqual([]);
    expect(await rawRow(patient.id)).toEqual(before);
    loaded.ssn = '219099999';
    loaded.memberId = null;
    await em.flush();
    expect(statements.filter((line) => /update "crypto_test_patient"/i.test(line))).toHaveLength(1);
    const after = await rawRow(patient.id);
    expect(after['ssn']).not.toBe(before['ssn']);
    expect(after['member_id']).toBeNull();
    expect((await orm.em.fork().findOneOrFail(TestPatient, patient.id)).ssn).toBe('219099999');
  });

  it('fails to read a ciphertext copied into another column, naming the column and not the value', async () => {
    const patient = await createPatient();
    await orm.em.fork().getConnection().execute('update crypto_test_patient set member_id = ssn where id = ?', [patient.id]);
    const error = await orm.em.fork().findOneOrFail(TestPatient, patient.id).catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(DecryptionError);
    expect((error as Error).message).toContain('coverage.member_id failed authentication');
    expect((error as Error).message).not.toContain('078051120');
  });

  it('reads values written under an older key after a rotation and writes new ones with the current key', async () => {
    const old = await createPatient();
    configureFieldEncryption(keysWith(new KeyRing([k1, k2], 'k2')));
    expect((await orm.em.fork().findOneOrFail(TestPatient, old.id)).ssn).toBe('078051120');
    const fresh = await createPatient();
    expect(String((await rawRow(fresh.id))['ssn'])).toMatch(/^enc:v1:k2:/);
    configureFieldEncryption(keysWith(new KeyRing([k2], 'k2')));
    await expect(orm.em.fork().findOneOrFail(TestPatient, old.id)).rejects.toThrow(/key "k1", which is not in OPENRCM_ENCRYPTION_KEYS/);
  });

  it('refuses to write an encrypted column with no keys configured, naming the variables and not the value', async () => {
    resetFieldEncryption();
    const em = orm.em.fork();
    em.create(TestPatient, { name: 'No keys', ssn: '078051120' });
    const error = await em.flush().catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(EncryptionConfigError);
    expect((error as Error).message).toMatch(/OPENRCM_ENCRYPTION_KEYS, OPENRCM_ENCRYPTION_KEY_ID and OPENRCM_HASH_KEY/);
    expect((error as Error).message).not.toContain('078051120');
    const plain = orm.em.fork();
    plain.create(TestPatient, { name: 'No secrets' });
    await plain.flush();
    expect(await orm.em.fork().count(TestPatient, { name: 'No keys' })).toBe(0);
  });
});
