import { definePlugin, type ClearinghouseConnector } from '@openrcm/sdk';
import { createPluginHarness, type PluginHarness, type PluginHarnessOptions } from '@openrcm/sdk/testing';
import { connectorParts, createGenericConnector, plugin, type SubmitterFaults } from '../../src';

/** A harness and the connector the plugin contributed. */
export interface ConnectorHarness {
  readonly harness: PluginHarness;
  readonly connector: ClearinghouseConnector;
}

/**
 * Registers the plugin in the SDK harness; with `faults`, the submitter runs the test-only fault hooks (a crash
 * simulated by a throw at that point of the protocol).
 */
export async function connectorHarness(options: PluginHarnessOptions, faults?: SubmitterFaults): Promise<ConnectorHarness> {
  const faulty = faults
    ? definePlugin({ ...plugin, register: (ctx) => ctx.contribute('clearinghouse-connector', createGenericConnector(connectorParts(ctx, faults))) })
    : plugin;
  const harness = await createPluginHarness(faulty, options);
  const [connector] = harness.contributions('clearinghouse-connector');
  if (!connector) throw new Error('the plugin contributed no connector');
  return { harness, connector };
}

/** A hook that simulates a process crash (a throw) the first time it runs only, as a restarted process would not crash again. */
export function crashOnce(): () => void {
  let crashed = false;
  return () => {
    if (crashed) return;
    crashed = true;
    throw new Error('simulated crash');
  };
}
