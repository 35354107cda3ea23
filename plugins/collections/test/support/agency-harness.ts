import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CollectionAgencyConnector } from '@openrcm/sdk';
import { createPluginHarness, type PluginHarness, type PluginHarnessOptions } from '@openrcm/sdk/testing';
import { plugin } from '../../src';

/** A harness and the connector the plugin contributed. */
export interface AgencyHarness {
  readonly harness: PluginHarness;
  readonly connector: CollectionAgencyConnector;
}

/** Registers the plugin in the SDK harness with these settings and returns its connector. */
export async function agencyHarness(options: PluginHarnessOptions): Promise<AgencyHarness> {
  const harness = await createPluginHarness(plugin, options);
  const [connector] = harness.contributions('collection-agency-connector');
  if (!connector) throw new Error('the plugin contributed no connector');
  return { harness, connector };
}

/** A temporary exchange: `outbound` and `inbound` directories under a fresh root. */
export interface Exchange {
  readonly root: string;
  path(name: string): string;
  /** The names in `<root>/<name>`, hidden ones included, sorted; `[]` when the directory does not exist. */
  names(name: string): string[];
  read(name: string, file: string): string;
  drop(file: string, content: string | Buffer): void;
  remove(): void;
}

/** Makes a temporary exchange root with `outbound` and `inbound`. */
export function tempExchange(): Exchange {
  const root = mkdtempSync(join(tmpdir(), 'openrcm-agency-'));
  for (const name of ['outbound', 'inbound']) mkdirSync(join(root, name));
  const path = (name: string) => join(root, name);
  return {
    root,
    path,
    names: (name) => { try { return readdirSync(path(name)).sort(); } catch { return []; } },
    read: (name, file) => readFileSync(join(path(name), file), 'utf8'),
    drop: (file, content) => writeFileSync(join(path('inbound'), file), content),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
