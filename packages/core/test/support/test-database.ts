import type { CoreConfig } from '../../src/config/core-config';
import { createTestDatabase, type TestDatabase, type TestDatabaseOptions } from '../../src/testing/test-database';

const created: TestDatabase[] = [];

/** A database of its own for this test file (PostgreSQL when DATABASE_URL is set), dropped after the file's tests. */
export async function testDatabaseConfig(options: TestDatabaseOptions = {}): Promise<CoreConfig['database']> {
  const database = await createTestDatabase(process.env, options);
  created.push(database);
  return database.config;
}

afterAll(async () => {
  for (const database of created.splice(0)) await database.drop();
});
