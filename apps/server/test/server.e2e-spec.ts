import { MIGRATIONS } from '@openrcm/core';
import { createTestDatabase, type TestDatabase, type TestDatabaseOptions } from '@openrcm/core/testing';
import { SDK_VERSION } from '@openrcm/sdk';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { startServer } from '../src/commands/start.command';
import { loadConfig } from '../src/config/load-config';
import { FIRST_ADMIN_EMAIL } from '../src/commands/first-run';
import { configDirectory, quietOutput, run } from './support/cli-harness';
import { firstSignIn, signIn } from './support/browser-session';

const NEW_PASSWORD = 'a much longer pass phrase';

const fixtures = join(__dirname, 'fixtures');
const databases: TestDatabase[] = [];

/** The environment of a server under test: a fresh PostgreSQL database when DATABASE_URL is set, else none (PGlite). */
async function databaseEnvironment(options: TestDatabaseOptions = {}): Promise<NodeJS.ProcessEnv> {
  const database = await createTestDatabase(process.env, options);
  databases.push(database);
  return database.config.url ? { DATABASE_URL: database.config.url } : {};
}

afterAll(async () => {
  for (const database of databases) await database.drop();
});

describe('the openrcm server', () => {
  it('creates the first administrator on a new embedded database, and keeps data across a restart', async () => {
    const cwd = configDirectory(`{ database: { dataDir: './data' }, logLevel: 'silent', http: { port: 0 } }`);
    const loaded = await loadConfig(undefined, {}, cwd);
    const lines: string[] = [];
    const first = await startServer(loaded, { work: true }, { info: (line) => lines.push(line), error: () => undefined });
    const oneTimePassword = /one-time password {2}(\S+)/.exec(lines.join('\n'))?.[1] ?? '';
    expect(lines).toContain(`  sign in as  ${FIRST_ADMIN_EMAIL}`);
    const session = await firstSignIn(first.getHttpServer(), FIRST_ADMIN_EMAIL, oneTimePassword, NEW_PASSWORD);
    const created = await session.agent.post('/api/organizations').set('x-csrf-token', session.csrf).send({ name: 'Persistent Clinic' }).expect(201);
    await first.close();

    const restartLines: string[] = [];
    const second = await startServer(loaded, { work: true }, { info: (line) => restartLines.push(line), error: () => undefined });
    try {
      expect(restartLines.join('\n')).not.toContain('one-time password');
      await request(second.getHttpServer()).get('/health/ready').expect(200);
      const again = await signIn(second.getHttpServer(), FIRST_ADMIN_EMAIL, NEW_PASSWORD, session.totpSecret);
      const fetched = await again.agent.get(`/api/organizations/${created.body.id}`).expect(200);
      expect(fetched.body.name).toBe('Persistent Clinic');
      const listed = await again.agent.get('/api/organizations').expect(200);
      expect(listed.body.map((organization: { name: string }) => organization.name)).toEqual(['My Practice', 'Persistent Clinic']);
    } finally {
      await second.close();
    }
  });

  it('runs on PostgreSQL when DATABASE_URL is set', async () => {
    const env = await databaseEnvironment();
    const cwd = configDirectory(`{ logLevel: 'silent', http: { port: 0 } }`);
    const app = await startServer(await loadConfig(undefined, env, cwd), { work: true }, quietOutput);
    try {
      const ready = await request(app.getHttpServer()).get('/health/ready').expect(200);
      expect(ready.body.checks.database).toEqual({ status: 'up' });
      await request(app.getHttpServer()).get('/api/organizations').expect(401);
    } finally {
      await app.close();
    }
  });

  it('prints the URL it serves on', async () => {
    const cwd = configDirectory(`{ database: { dataDir: 'memory://' }, logLevel: 'silent', http: { port: 0 } }`);
    const lines: string[] = [];
    const app = await startServer(await loadConfig(undefined, {}, cwd), { work: true }, { info: (line) => lines.push(line), error: () => undefined });
    await app.close();
    expect(lines.find((line) => line.startsWith('OpenRCM is listening'))).toMatch(/^OpenRCM is listening on http:\/\/127\.0\.0\.1:\d+$/);
    expect(lines).toContain('  database   embedded PGlite in memory://');
  });
});

describe('the openrcm CLI', () => {
  it('lists installed plugins after loading and validating them', async () => {
    const cwd = configDirectory(`{ plugins: [{ module: '@openrcm/example-hello-plugin', settings: { prefix: 'hi' } }] }`);
    const result = await run(['plugins', 'list', '-c', join(cwd, 'openrcm.config.ts')]);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toContain('hello@1.0.0  sdk ^1  @openrcm/example-hello-plugin');
  });

  it('refuses to start with an invalid plugin setting, naming the plugin, the setting and what was expected', async () => {
    const cwd = configDirectory(
      `{ database: { dataDir: 'memory://' }, logLevel: 'silent', plugins: [{ module: '@openrcm/example-hello-plugin', settings: { minimumChargeCents: 'ten' } }] }`,
    );
    const result = await run(['start', '-c', join(cwd, 'openrcm.config.ts')]);
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      'openrcm: plugin "hello" has invalid settings: plugins.hello.settings.minimumChargeCents: Invalid input: expected number, received string',
    );
  });

  it('refuses a plugin built for SDK 2', async () => {
    const cwd = configDirectory(`{ plugins: [{ module: ${JSON.stringify(join(fixtures, 'future.plugin.ts'))} }] }`);
    const result = await run(['plugins', 'list', '-c', join(cwd, 'openrcm.config.ts')]);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`plugin "future" requires @openrcm/sdk "^2", but this server provides @openrcm/sdk ${SDK_VERSION}`);
  });

  it('migrates, then reports the database up to date', async () => {
    const cwd = configDirectory(`{ database: { dataDir: './data' } }`);
    const config = join(cwd, 'openrcm.config.ts');
    const env = await databaseEnvironment({ empty: true });
    const target = env['DATABASE_URL'] ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${join(cwd, 'data')}`;
    const first = await run(['migrate', '-c', config], env);
    const names = MIGRATIONS.map((migration) => `  ${migration.name}`);
    expect(first).toEqual({ code: 0, err: '', out: [`applied ${names.length} migration(s) to ${target}:`, ...names].join('\n') });
    const second = await run(['migrate', '-c', config], env);
    expect(second.out).toBe(`${target} is up to date`);
  });

  it('prints each bad configuration field and exits 1', async () => {
    const cwd = configDirectory(`{ http: { port: -1 } }`);
    const result = await run(['migrate', '-c', join(cwd, 'openrcm.config.ts')]);
    expect(result.code).toBe(1);
    expect(result.err).toBe('openrcm: invalid configuration or input:\n  http.port: Too small: expected number to be >=0');
  });

  it('exits 1 on an unknown command', async () => {
    const result = await run(['launch']);
    expect(result.code).toBe(1);
    expect(result.err).toContain("unknown command 'launch'");
  });
});

describe('openrcm users create-admin', () => {
  it('creates an organization and its administrator, who can then sign in', async () => {
    const cwd = configDirectory(`{ database: { dataDir: './data' }, logLevel: 'silent', http: { port: 0 } }`);
    const config = join(cwd, 'openrcm.config.ts');
    const created = await run(['users', 'create-admin', '--email', 'Billing.Lead@Clinic.test', '--organization-name', 'Lakeside Billing', '-c', config]);
    expect(created.code).toBe(0);
    expect(created.out).toMatch(/^created administrator billing\.lead@clinic\.test of organization [0-9a-f-]{36}\n {2}one-time password {2}\S{20}/);
    const oneTimePassword = /one-time password {2}(\S+)/.exec(created.out)?.[1] ?? '';

    const duplicate = await run(['users', 'create-admin', '--email', 'billing.lead@clinic.test', '-c', config]);
    expect(duplicate).toMatchObject({ code: 1, err: 'openrcm: a user with e-mail billing.lead@clinic.test already exists' });

    const app = await startServer(await loadConfig(config, {}, cwd), { work: false }, quietOutput);
    try {
      const session = await firstSignIn(app.getHttpServer(), 'billing.lead@clinic.test', oneTimePassword, NEW_PASSWORD);
      const listed = await session.agent.get('/api/organizations').expect(200);
      expect(listed.body.map((organization: { name: string }) => organization.name)).toEqual(['Lakeside Billing']);
    } finally {
      await app.close();
    }
  });
});

describe('openrcm import', () => {
  it('imports an ICD-10-CM release and says what changed, then refuses unknown kinds', async () => {
    const cwd = configDirectory(`{ database: { dataDir: './data' }, logLevel: 'silent' }`);
    const config = join(cwd, 'openrcm.config.ts');
    const release = join(cwd, 'icd10cm-codes.txt');
    writeFileSync(release, 'A000    Cholera due to Vibrio cholerae 01, biovar cholerae\r\nE119    Type 2 diabetes mellitus without complications\r\n');
    const imported = await run(['import', 'icd10cm', release, '--effective-date', '2025-10-01', '-c', config]);
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(new RegExp(`^imported ICD-10-CM effective 2025-10-01 from ${release.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} in \\d+\\.\\d s:\\n  2 codes in the release\\n  2 added, 0 changed, 0 retired$`));
    const unknown = await run(['import', 'snomed', release, '--effective-date', '2025-10-01', '-c', config]);
    expect(unknown).toMatchObject({ code: 1, err: 'openrcm: invalid configuration or input:\n  kind: "snomed" is not importable; supported: icd10cm, hcpcs, cpt, pos, modifiers, carc, rarc, rvu, gpci, ncci-ptp, mue, payers, fee-schedule, 837p, 835' });
  });

  it('imports CPT from a clinic file and the official CARC list over the shipped wording, naming a bad line', async () => {
    const cwd = configDirectory(`{ database: { dataDir: './data' }, logLevel: 'silent' }`);
    const config = join(cwd, 'openrcm.config.ts');
    const cpt = join(cwd, 'cpt.csv');
    writeFileSync(cpt, 'CPT Code,Short Descriptor\n99213,"office visit, established, low"\n99214,"office visit, established, moderate"\n');
    const imported = await run(['import', 'cpt', cpt, '--effective-date', '2026-01-01', '-c', config]);
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(/^imported CPT effective 2026-01-01 from .*cpt\.csv in \d+\.\d s:\n {2}2 codes in the release\n {2}2 added, 0 changed, 0 retired$/);
    const carc = join(cwd, 'carc.txt');
    writeFileSync(carc, 'Code\tDescription\tStart\n45\tstand-in wording for 45\t01/01/1995\n');
    const official = await run(['import', 'carc', carc, '--effective-date', '2026-03-01', '-c', config]);
    expect(official.out).toMatch(/\n {2}1 codes in the release\n {2}0 added, 1 changed, 39 retired$/);
    writeFileSync(carc, 'Code\tDescription\n45\tstand-in\nTOOLONG\tbad\n');
    const bad = await run(['import', 'carc', carc, '--effective-date', '2026-04-01', '-c', config]);
    expect(bad).toMatchObject({ code: 1, err: 'openrcm: invalid configuration or input:\n  line 3: expected a claim adjustment reason code (1–3 letters or digits) in the first field, found "TOOLONG"' });
  });

  it("imports an organization's payer list and the Medicare GPCI file, asking for what each kind needs", async () => {
    const cwd = configDirectory(`{ database: { dataDir: './data' }, logLevel: 'silent' }`);
    const config = join(cwd, 'openrcm.config.ts');
    const payers = join(cwd, 'payers.csv');
    writeFileSync(payers, 'payer_id,name,claim_filing_indicator,timely_filing_days\nACME1,Acme Health,CI,180\nMCRIL,Medicare Illinois,MB,365\n');
    const noOrganization = await run(['import', 'payers', payers, '-c', config]);
    expect(noOrganization).toMatchObject({ code: 1, err: 'openrcm: invalid configuration or input:\n  org: there is no organization yet: run openrcm users create-admin first' });
    expect((await run(['users', 'create-admin', '--email', 'owner@clinic.test', '--name', 'Owner', '-c', config])).code).toBe(0);
    const imported = await run(['import', 'payers', payers, '-c', config]);
    expect(imported).toMatchObject({ code: 0, out: `imported the payer list into My Practice from ${payers}:\n  2 payers in the file: 2 added, 0 changed, 0 unchanged` });
    const noSchedule = await run(['import', 'fee-schedule', payers, '-c', config]);
    expect(noSchedule.err).toContain('schedule: a fee-schedule import needs --schedule <id>');

    const gpci = join(cwd, 'gpci.csv');
    writeFileSync(
      gpci,
      'ADDENDUM E. FINAL CY 2025 GEOGRAPHIC PRACTICE COST INDICES (GPCIs) BY STATE AND MEDICARE LOCALITY,,,,,,\n,,,,,,\n' +
        'Medicare Administrative Contractor (MAC),State,Locality Number,Locality Name,2025 PW GPCI (with 1.0 Floor),2025 PE GPCI,2025 MP GPCI\n' +
        '10112,AL,0,ALABAMA,1,0.869,0.575\n',
    );
    const noYear = await run(['import', 'gpci', gpci, '-c', config]);
    expect(noYear.err).toContain('year: a gpci file needs --year, the payment year it is for (e.g. 2025)');
    const localities = await run(['import', 'gpci', gpci, '--year', '2025', '-c', config]);
    expect(localities).toMatchObject({ code: 0, out: `imported the Medicare GPCI file for 2025 (effective 2025-01-01) from ${gpci}:\n  1 rows` });
  });
});
