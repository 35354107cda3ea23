import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const sdk = join(__dirname, '../../../packages/sdk');

/** Runs API Extractor as CI does (not local: a changed report fails) over a copy of the SDK's built declarations. */
function extract(edit: (dist: string) => void): { succeeded: boolean; apiReportChanged: boolean } {
  const copy = mkdtempSync(join(tmpdir(), 'openrcm-sdk-api-'));
  cpSync(join(sdk, 'dist'), join(copy, 'dist'), { recursive: true });
  cpSync(join(sdk, 'etc'), join(copy, 'etc'), { recursive: true });
  cpSync(join(sdk, 'src'), join(copy, 'src'), { recursive: true });
  cpSync(join(sdk, 'package.json'), join(copy, 'package.json'));
  writeFileSync(join(copy, 'tsconfig.build.json'), readFileSync(join(sdk, 'tsconfig.build.json'), 'utf8').replace('../../tsconfig.base.json', join(sdk, '../../tsconfig.base.json')));
  edit(join(copy, 'dist'));
  const configObject = ExtractorConfig.loadFile(join(sdk, 'api-extractor.json'));
  configObject.projectFolder = copy;
  const config = ExtractorConfig.prepare({ configObject, configObjectFullPath: join(copy, 'api-extractor.json'), packageJsonFullPath: join(copy, 'package.json') });
  const result = Extractor.invoke(config, { localBuild: false, messageCallback: (message) => void (message.handled = true) });
  return { succeeded: result.succeeded, apiReportChanged: result.apiReportChanged };
}

describe('the SDK API report', () => {
  it('matches the built SDK', () => {
    expect(extract(() => undefined)).toEqual({ succeeded: true, apiReportChanged: false });
  });

  it('fails when an exported type changes without the report being updated', () => {
    const result = extract((dist) => {
      const file = join(dist, 'result/operation-result.d.ts');
      writeFileSync(file, readFileSync(file, 'utf8').replace("export type OperationStatus = 'SUCCESS'", "export type OperationStatus = 'SKIPPED' | 'SUCCESS'"));
    });
    expect(result).toEqual({ succeeded: false, apiReportChanged: true });
  });
});
