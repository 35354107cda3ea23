export { createTestDatabase } from './test-database';
export type { TestDatabase, TestDatabaseOptions } from './test-database';
export { ensureTestEncryptionKeys } from './test-encryption-keys';
