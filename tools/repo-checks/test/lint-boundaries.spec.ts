import { ESLint } from 'eslint';
import { join } from 'node:path';

const root = join(__dirname, '../../..');
const eslint = new ESLint({ cwd: root });

async function lint(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

describe('lint boundaries (DESIGN §1)', () => {
  it('fails a plugin file that imports @openrcm/core', async () => {
    const messages = await lint('plugins/collections/src/agency.client.ts', `import { JobQueue } from '@openrcm/core';\nexport const queue = JobQueue;\n`);
    expect(messages).toEqual([expect.stringMatching(/^no-restricted-imports: '@openrcm\/core' import is restricted .* Plugins see only the SDK/)]);
  });

  it('fails a plugin file that imports another plugin or MikroORM', async () => {
    expect(await lint('plugins/kpi-reports/src/a.ts', `import { plugin } from '@openrcm/plugin-collections';\nexport const p = plugin;\n`)).toHaveLength(1);
    expect(await lint('plugins/kpi-reports/src/b.ts', `import { MikroORM } from '@mikro-orm/core';\nexport const m = MikroORM;\n`)).toHaveLength(1);
  });

  it('lets a plugin import the SDK', async () => {
    expect(await lint('plugins/collections/src/ok.ts', `import { Money } from '@openrcm/sdk';\nexport const zero = Money.ZERO;\n`)).toEqual([]);
  });

  it('fails default exports anywhere', async () => {
    expect(await lint('packages/core/src/thing.ts', `export default function thing(): number {\n  return 1;\n}\n`)).toEqual([
      'no-restricted-syntax: Use named exports (DESIGN §1): default exports are not allowed.',
    ]);
  });

  it('keeps Nest out of the SDK and our packages out of x12', async () => {
    expect(await lint('packages/sdk/src/x.ts', `import { Injectable } from '@nestjs/common';\nexport const i = Injectable;\n`)).toHaveLength(1);
    expect(await lint('packages/x12/src/x.ts', `import { Money } from '@openrcm/sdk';\nexport const m = Money;\n`)).toHaveLength(1);
  });
});
