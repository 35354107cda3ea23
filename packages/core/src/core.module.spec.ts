import pino from 'pino';
import { defaultCoreConfig } from './config/core-config';
import { CoreModule } from './core.module';
import { ENCRYPTION_ENV } from './crypto';

describe('CoreModule.forRoot', () => {
  const saved = Object.fromEntries(Object.values(ENCRYPTION_ENV).map((name) => [name, process.env[name]]));

  afterEach(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('refuses PostgreSQL without field-encryption keys, naming the variables', () => {
    for (const name of Object.values(ENCRYPTION_ENV)) delete process.env[name];
    const config = { ...defaultCoreConfig(), database: { url: 'postgres://db.internal/openrcm', dataDir: 'unused', migrateOnBoot: true } };
    expect(() => CoreModule.forRoot(config, { logger: pino({ level: 'silent' }) })).toThrow(
      /PostgreSQL needs field encryption keys: set OPENRCM_ENCRYPTION_KEYS .*OPENRCM_ENCRYPTION_KEY_ID and OPENRCM_HASH_KEY/,
    );
  });
});
