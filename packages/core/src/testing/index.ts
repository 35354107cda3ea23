export { createTestDatabase } from './test-database';
export type { TestDatabase } from './test-database';
export { ensureTestEncryptionKeys } from './test-encryption-keys';
