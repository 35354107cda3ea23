import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Runs admin.e2e.ts first (it signs the first administrator in through the screens, with the printed one-time
 * password), then the other files by name, so every run takes the same path through the one shared server.
 */
export class FirstSignInFirst extends BaseSequencer {
  override sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => (file.moduleId.endsWith('/admin.e2e.ts') ? `0${file.moduleId}` : `1${file.moduleId}`);
    return Promise.resolve([...files].sort((a, b) => rank(a).localeCompare(rank(b))));
  }
}
