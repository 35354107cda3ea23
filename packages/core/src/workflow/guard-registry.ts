import { Inject, Injectable, Optional } from '@nestjs/common';
import type { WorkflowGuard } from '@openrcm/sdk';
import { PluginHost } from '../plugins/plugin-host.service';

/** Injection token of guards core modules provide as a list (optional; modules may also call `register`). */
export const WORKFLOW_GUARDS = Symbol('WORKFLOW_GUARDS');

/** A guard name tables may use, with where its implementation comes from. */
export interface RegisteredGuard {
  readonly name: string;
  readonly description: string;
  /** `core`: implemented by a core module; `plugin`: provided per organization by an enabled plugin. */
  readonly source: 'core' | 'plugin';
}

/**
 * The named gate checks workflow tables may require. Core modules register implementations (in a constructor or
 * through {@link WORKFLOW_GUARDS}, so they are known when tables are validated at module init). A check a plugin
 * provides is declared by name; at transition time it resolves to the organization's `workflow-guard` contributions
 * of that name. A plugin cannot replace a core check.
 */
@Injectable()
export class GuardRegistry {
  private readonly core = new Map<string, WorkflowGuard>();
  private readonly pluginProvided = new Map<string, string>();

  constructor(
    private readonly plugins: PluginHost,
    @Optional() @Inject(WORKFLOW_GUARDS) guards: readonly WorkflowGuard[] = [],
  ) {
    for (const guard of guards) this.register(guard);
  }

  /** Registers a core check; a name can be registered once. */
  register(guard: WorkflowGuard): void {
    this.assertFree(guard.name);
    this.core.set(guard.name, guard);
  }

  /** Declares a check that plugins provide per organization (with no enabled provider, the check fails). */
  declarePluginGuard(name: string, description: string): void {
    this.assertFree(name);
    this.pluginProvided.set(name, description);
  }

  /** Every registered name, sorted. */
  names(): string[] {
    return [...this.core.keys(), ...this.pluginProvided.keys()].sort();
  }

  /** The registered checks with their descriptions and sources, sorted by name. */
  list(): RegisteredGuard[] {
    const core = [...this.core.values()].map((guard) => ({ name: guard.name, description: guard.description, source: 'core' as const }));
    const plugin = [...this.pluginProvided].map(([name, description]) => ({ name, description, source: 'plugin' as const }));
    return [...core, ...plugin].sort((a, b) => a.name.localeCompare(b.name));
  }

  /** The implementations of a check for an organization: the core one, or every enabled plugin's of that name. */
  resolve(organizationId: string, name: string): WorkflowGuard[] {
    const core = this.core.get(name);
    if (core) return [core];
    if (!this.pluginProvided.has(name)) return [];
    return this.plugins.contributions(organizationId, 'workflow-guard').filter((guard) => guard.name === name);
  }

  private assertFree(name: string): void {
    if (this.core.has(name) || this.pluginProvided.has(name)) throw new Error(`workflow guard '${name}' is registered twice`);
  }
}
