import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The pyx12 checkout the x12 package's validate-837p.sh runs (PYX12_HOME, default /work/tools/pyx12). */
export const PYX12_HOME = process.env.PYX12_HOME ?? '/work/tools/pyx12';

/** Whether pyx12 can run here (CI may not have it: set PYX12_HOME to a checkout of azoner/pyx12). */
export const pyx12Available = existsSync(join(PYX12_HOME, 'pyx12/scripts/x12valid.py'));

/** pyx12's x12valid on an interchange, through packages/x12/scripts/validate-837p.sh: its output and exit status. */
export function pyx12Validate(x12: string, name = 'claims.837'): { readonly file: string; readonly output: string; readonly status: number | null } {
  const file = join(mkdtempSync(join(tmpdir(), 'openrcm-837p-')), name);
  writeFileSync(file, x12);
  const result = spawnSync('bash', [join(__dirname, '../../../x12/scripts/validate-837p.sh'), file], { encoding: 'utf8', env: { ...process.env, PYX12_HOME } });
  return { file, output: `${result.stdout}${result.stderr}`, status: result.status };
}
