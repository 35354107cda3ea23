import { Inject, Injectable } from '@nestjs/common';
import type { HookPhase, RequestContext, TransitionFailure, TransitionHook, WorkflowSnapshot } from '@openrcm/sdk';
import type { Logger } from 'pino';
import { ROOT_LOGGER } from '../logging/logger';
import { PluginHost } from '../plugins/plugin-host.service';

/** What a hook is told about the transition. */
export interface HookTransition {
  readonly snapshot: WorkflowSnapshot;
  readonly event: string;
  readonly to: string;
  readonly error?: string;
}

/**
 * Runs transition hooks: those core modules register, then the organization's plugin `transition-hook`
 * contributions (each plugin call already time-limited by the plugin host), in order, for one workflow, phase and event.
 */
@Injectable()
export class TransitionHookRunner {
  private readonly core: TransitionHook[] = [];

  constructor(
    private readonly plugins: PluginHost,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  /** Registers a core hook (for every organization). */
  register(hook: TransitionHook): void {
    this.core.push(hook);
  }

  /** Runs the `before` hooks; returns every veto reason, each as a failure named after the hook. A throw propagates. */
  async before(context: RequestContext, transition: HookTransition): Promise<TransitionFailure[]> {
    const failures: TransitionFailure[] = [];
    for (const hook of this.hooks(context.organizationId, transition.snapshot.workflow, 'before', transition.event)) {
      const answer = await hook.run(context, transition);
      if (answer && 'veto' in answer) failures.push(...answer.veto.map((reason) => ({ check: hook.id, reason })));
    }
    return failures;
  }

  /** Runs the `after` or `error` hooks; a hook that fails is logged and the others still run. Never throws. */
  async notify(context: RequestContext, phase: 'after' | 'error', transition: HookTransition): Promise<void> {
    for (const hook of this.hooks(context.organizationId, transition.snapshot.workflow, phase, transition.event)) {
      try {
        await hook.run(context, transition);
      } catch (error) {
        this.logger.error(
          { hook: hook.id, phase, workflow: transition.snapshot.workflow, event: transition.event, entityId: transition.snapshot.entityId, err: error },
          'transition hook failed',
        );
      }
    }
  }

  /** Whether any hook runs in this phase for the workflow and event in the organization (a batch asks once, not per record). */
  has(organizationId: string, workflow: string, phase: HookPhase, event: string): boolean {
    return this.hooks(organizationId, workflow, phase, event).length > 0;
  }

  private hooks(organizationId: string, workflow: string, phase: HookPhase, event: string): TransitionHook[] {
    return [...this.core, ...this.plugins.contributions(organizationId, 'transition-hook')].filter(
      (hook) => hook.workflow === workflow && hook.phase === phase && (!hook.events || hook.events.includes(event)),
    );
  }
}
