import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../../..');
const probeDirectory = join(root, 'plugins/collections/src');
const probe = join(probeDirectory, 'import-check-probe.ts');

function runCheck(): { code: number; output: string } {
  try {
    const output = execFileSync(process.execPath, [join(root, 'scripts/check-imports.mjs')], { encoding: 'utf8', stdio: 'pipe' });
    return { code: 0, output };
  } catch (error) {
    const failure = error as { status: number; stdout: string; stderr: string };
    return { code: failure.status, output: failure.stderr + failure.stdout };
  }
}

describe('the import check (DESIGN §1)', () => {
  afterEach(() => rmSync(probe, { force: true }));

  it('passes on the repository as it is', () => {
    expect(runCheck()).toEqual({ code: 0, output: 'import check: dependency directions hold\n' });
  });

  it('catches a plugin that reaches core through require()', () => {
    mkdirSync(probeDirectory, { recursive: true });
    writeFileSync(probe, `const core = require('@openrcm/core');\nexport const queue = core.JobQueue;\n`);
    const result = runCheck();
    expect(result.code).toBe(1);
    expect(result.output).toContain('plugins/collections/src/import-check-probe.ts imports @openrcm/core');
  });
});
