import { MikroORM } from '@mikro-orm/core';
import { Injectable, Module, RequestMethod, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { definePlugin, InvalidTransitionError, ConflictError, type RequestContext, type TransitionHook } from '@openrcm/sdk';
import cookieParser from 'cookie-parser';
import pino from 'pino';
import request from 'supertest';
import { z } from 'zod';
import { runInAuditScope } from '../src/audit/audit-scope';
import { CoreModule } from '../src/core.module';
import { PluginHost } from '../src/plugins/plugin-host.service';
import {
  defineWorkflow,
  GuardRegistry,
  toMermaid,
  WorkflowService,
  type GuardPolicy,
  type StateWriter,
  type WorkflowTable,
} from '../src/workflow';
import { signInAsNewAdmin, type SignedInSession } from './support/sign-in';
import { testConfig } from './support/test-app';

const visit = defineWorkflow({
  name: 'sample-visit',
  description: 'A sample lifecycle for the engine tests.',
  initial: 'booked',
  states: ['booked', 'arrived', 'closed', 'cancelled'],
  events: ['arrive', 'close', 'cancel'],
  transitions: [
    { from: 'booked', event: 'arrive', to: 'arrived', guards: ['insurance-checked'] },
    { from: 'arrived', event: 'close', to: 'closed', guards: ['payer-rules'] },
    { from: ['booked', 'arrived'], event: 'cancel', to: 'cancelled' },
  ],
  terminal: ['closed', 'cancelled'],
});

/** Per-check policies the tests change (the gates work will store them per organization). */
const policies: Record<string, GuardPolicy> = {};

/** A core module's guards, registered in a constructor so they are known when tables are validated. */
@Injectable()
class SampleGuards {
  constructor(registry: GuardRegistry) {
    registry.register({
      name: 'insurance-checked',
      description: 'The visit has verified insurance',
      check: async (_context, snapshot) => (snapshot.data['insured'] ? { pass: true } : { pass: false, reason: 'no verified insurance on file' }),
    });
    registry.declarePluginGuard('payer-rules', "The payer connector's own rules");
  }
}

/** What the plugin's hooks saw. */
const seen = { after: [] as { state: string; audits: number }[], errors: [] as string[], beforeCalls: 0 };
let app: NestExpressApplication | undefined;

async function rows<T>(sql: string, parameters: unknown[] = []): Promise<T[]> {
  return (app as NestExpressApplication).get(MikroORM).em.fork().getConnection().execute(sql, parameters);
}

const hooks: TransitionHook[] = [
  {
    id: 'payer-veto',
    workflow: 'sample-visit',
    phase: 'before',
    run: async (_context, { snapshot }) => {
      seen.beforeCalls += 1;
      return snapshot.data['veto'] ? { veto: ['the payer froze this visit', 'call the payer'] } : undefined;
    },
  },
  {
    id: 'observe-after',
    workflow: 'sample-visit',
    phase: 'after',
    run: async (_context, { snapshot }) => {
      const [row] = await rows<{ state: string }>('select state from sample_record where id = ?', [snapshot.entityId]);
      const audits = await rows('select id from audit_event where record_id = ?', [snapshot.entityId]);
      seen.after.push({ state: row?.state ?? 'missing', audits: audits.length });
      throw new Error('after hooks never break a committed transition');
    },
  },
  { id: 'observe-error', workflow: 'sample-visit', phase: 'error', run: async (_context, { error }) => void seen.errors.push(error ?? '') },
];

const plugin = definePlugin({
  id: 'workflow-test',
  version: '1.0.0',
  sdk: '^1',
  settings: z.object({}),
  register(ctx) {
    ctx.contribute('workflow-guard', {
      name: 'payer-rules',
      description: 'Closes only visits the payer accepts',
      check: async (_context, snapshot) => (snapshot.data['payerAccepts'] ? { pass: true } : { pass: false, reason: 'the payer does not accept this visit' }),
    });
    for (const hook of hooks) ctx.contribute('transition-hook', hook);
  },
});

@Module({})
class WorkflowTestModule {
  static with(config: Awaited<ReturnType<typeof testConfig>>, tables: readonly WorkflowTable[]): DynamicModule {
    return {
      module: WorkflowTestModule,
      imports: [
        CoreModule.forRoot(config, {
          logger: pino({ level: 'silent' }),
          loadPluginModule: () => ({ plugin }),
          workflows: tables,
          guardPolicies: { policies: async () => ({ ...policies }) },
        }),
      ],
      providers: [SampleGuards],
    };
  }
}

async function boot(tables: readonly WorkflowTable[]): Promise<NestExpressApplication> {
  const config = await testConfig({ useRedis: false, plugins: { installed: [{ module: 'workflow-test', settings: {}, enabled: true }] } });
  const created = await NestFactory.create<NestExpressApplication>(WorkflowTestModule.with(config, tables), { logger: false, abortOnError: false, bodyParser: false });
  created.useBodyParser('json');
  created.use(cookieParser());
  created.setGlobalPrefix('api', { exclude: [{ path: 'health/live', method: RequestMethod.GET }] });
  try {
    await created.listen(0, '127.0.0.1');
  } catch (error) {
    await created.close();
    throw error;
  }
  return created;
}

describe('the workflow engine refuses to boot', () => {
  it('with a table that names an unregistered guard, naming the table, the transition and the guard', async () => {
    const broken = defineWorkflow({ ...visit, transitions: [{ ...visit.transitions[0]!, guards: ['eligibility-faxed'] }, ...visit.transitions.slice(1)] });
    await expect(boot([broken])).rejects.toThrow(
      "workflow 'sample-visit', transition #1 (booked --arrive--> arrived): guard 'eligibility-faxed' is not registered (registered guards: ",
    );
  });
});

describe('the workflow engine', () => {
  let admin: SignedInSession;
  let context: RequestContext;
  let service: WorkflowService;
  let adminUserId: string;
  let written = 0;

  /** Transitions as a request would: in an audit scope (exceptions open work items, which are audited). */
  const transition = (...args: Parameters<WorkflowService['transition']>) => runInAuditScope(context, null, () => service.transition(...args));

  const writeState: StateWriter = async (em, change) => {
    written += 1;
    const result = await em.execute<{ affectedRows: number }>('update sample_record set state = ? where id = ? and state = ?', [change.to, change.entityId, change.from], 'run');
    return result.affectedRows === 1;
  };

  async function record(state: string): Promise<string> {
    const id = `visit-${Math.random().toString(36).slice(2)}`;
    await rows('insert into sample_record (id, state) values (?, ?)', [id, state]);
    return id;
  }
  const stateOf = async (id: string) => (await rows<{ state: string }>('select state from sample_record where id = ?', [id]))[0]?.state;
  const auditsOf = (id: string) => rows<Record<string, string>>('select * from audit_event where record_id = ?', [id]);

  beforeAll(async () => {
    app = await boot([visit]);
    await rows('create table sample_record (id text primary key, state text not null)');
    admin = await signInAsNewAdmin(app);
    await app.get(PluginHost).registerOrganization(admin.organizationId);
    context = { organizationId: admin.organizationId, actor: { type: 'user', id: 'user-1' }, roles: ['admin'], correlationId: 'wf-corr-1' };
    service = app.get(WorkflowService);
    [{ user_id: adminUserId }] = (await rows<{ user_id: string }>('select user_id from membership where organization_id = ?', [admin.organizationId])) as [{ user_id: string }];
  });

  afterAll(async () => {
    await app?.close();
  });

  beforeEach(() => {
    seen.after.length = 0;
    seen.errors.length = 0;
    seen.beforeCalls = 0;
    written = 0;
    for (const key of Object.keys(policies)) delete policies[key];
  });

  it('lists the workflows and serves a table with its Mermaid diagram to any member', async () => {
    const base = `/api/organizations/${admin.organizationId}/workflows`;
    expect((await admin.agent.get(base).expect(200)).body).toEqual(['claim', 'encounter', 'patient-account', 'sample-visit', 'work-item']);
    const response = await admin.agent.get(`${base}/sample-visit`).expect(200);
    expect(response.body.table).toEqual(JSON.parse(JSON.stringify(visit)));
    expect(response.body.mermaid).toBe(toMermaid(visit));
    expect(response.body.mermaid).toContain('  booked --> arrived: arrive [insurance-checked]\n');
    expect(response.body.guards).toEqual([
      { name: 'insurance-checked', description: 'The visit has verified insurance', source: 'core' },
      { name: 'payer-rules', description: "The payer connector's own rules", source: 'plugin' },
    ]);
    expect((await admin.agent.get(`${base}/no-such-workflow`).expect(404)).body.code).toBe('NOT_FOUND');
    await request((app as NestExpressApplication).getHttpServer()).get(base).expect(401);
  });

  it('writes the state and an audit row in one transaction, then runs after hooks on the committed result', async () => {
    const id = await record('booked');
    const result = await transition(context, 'sample-visit', { id, state: 'booked', data: { insured: true } }, 'arrive', { writeState });
    expect(result).toEqual({ workflow: 'sample-visit', entityId: id, event: 'arrive', from: 'booked', to: 'arrived', terminal: false, exceptions: [], eventRecorded: false, workItemIds: [] });
    expect(await stateOf(id)).toBe('arrived');
    const [audit, ...more] = await auditsOf(id);
    expect(more).toEqual([]);
    expect(audit).toMatchObject({ action: 'update', record_type: 'sample-visit', actor_type: 'user', actor_id: 'user-1', correlation_id: 'wf-corr-1', organization_id: admin.organizationId });
    expect(seen.beforeCalls).toBe(1);
    expect(seen.after).toEqual([{ state: 'arrived', audits: 1 }]);
    expect(seen.errors).toEqual([]);
    // 'sample-visit.transitioned' is not in the SDK's event map, so no outbox row is written for it.
    expect(await rows("select id from outbox_event where name like 'sample-visit.%'")).toEqual([]);
  });

  it('refuses an event the state does not allow, and every failing check, running the error hooks', async () => {
    const id = await record('booked');
    await expect(transition(context, 'sample-visit', { id, state: 'booked' }, 'close', { writeState })).rejects.toMatchObject({
      failures: [{ check: 'transition', reason: "event 'close' is not allowed in state 'booked' of workflow 'sample-visit'; allowed: arrive, cancel" }],
    });
    const refused = transition(context, 'sample-visit', { id, state: 'booked', data: {} }, 'arrive', { writeState });
    await expect(refused).rejects.toBeInstanceOf(InvalidTransitionError);
    await expect(refused).rejects.toMatchObject({ failures: [{ check: 'insurance-checked', reason: 'no verified insurance on file' }] });
    expect(written).toBe(0);
    expect(await stateOf(id)).toBe('booked');
    expect(await auditsOf(id)).toEqual([]);
    expect(seen.errors).toHaveLength(2);
    expect(seen.after).toEqual([]);
  });

  it('rolls back on a veto from a before hook, carrying the veto reasons', async () => {
    const id = await record('booked');
    const vetoed = transition(context, 'sample-visit', { id, state: 'booked', data: { insured: true, veto: true } }, 'arrive', { writeState });
    await expect(vetoed).rejects.toBeInstanceOf(InvalidTransitionError);
    await expect(vetoed).rejects.toMatchObject({
      failures: [
        { check: 'payer-veto', reason: 'the payer froze this visit' },
        { check: 'payer-veto', reason: 'call the payer' },
      ],
    });
    expect(written).toBe(0);
    expect(await stateOf(id)).toBe('booked');
    expect(await auditsOf(id)).toEqual([]);
    expect(seen.after).toEqual([]);
    expect(seen.errors).toHaveLength(1);
  });

  it('rolls back the state written when something fails later in the transaction, and refuses a stale state', async () => {
    const id = await record('booked');
    const failing: StateWriter = async (em, change) => {
      await writeState(em, change);
      throw new Error('the caller failed after writing the state');
    };
    await expect(transition(context, 'sample-visit', { id, state: 'booked', data: { insured: true } }, 'arrive', { writeState: failing })).rejects.toThrow(
      'the caller failed after writing the state',
    );
    expect(await stateOf(id)).toBe('booked');
    expect(await auditsOf(id)).toEqual([]);
    const stale = transition(context, 'sample-visit', { id, state: 'arrived', data: { payerAccepts: true } }, 'close', { writeState });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    expect(await stateOf(id)).toBe('booked');
    expect(seen.errors).toEqual(['the caller failed after writing the state', `sample-visit ${id} is no longer in state 'arrived'`]);
  });

  it("runs a plugin-provided check from the organization's plugin", async () => {
    const id = await record('arrived');
    await expect(transition(context, 'sample-visit', { id, state: 'arrived', data: {} }, 'close', { writeState })).rejects.toMatchObject({
      failures: [{ check: 'payer-rules', reason: 'the payer does not accept this visit' }],
    });
    const closed = await transition(context, 'sample-visit', { id, state: 'arrived', data: { payerAccepts: true } }, 'close', { writeState });
    expect(closed).toMatchObject({ to: 'closed', terminal: true });
    expect(await stateOf(id)).toBe('closed');
  });

  it('passes a check set to exception only with an owner and a reason, and records them; skips a check set to off', async () => {
    policies['insurance-checked'] = 'exception';
    const id = await record('booked');
    await expect(transition(context, 'sample-visit', { id, state: 'booked' }, 'arrive', { writeState })).rejects.toMatchObject({
      failures: [{ check: 'insurance-checked', reason: 'no verified insurance on file (may pass by exception with an owner and a reason)' }],
    });
    const stranger = { check: 'insurance-checked', owner: 'front-desk lead', reason: 'payer portal down; verified by phone' };
    await expect(transition(context, 'sample-visit', { id, state: 'booked' }, 'arrive', { writeState, exceptions: [stranger] })).rejects.toMatchObject({
      issues: [{ field: 'exceptions[0].owner', message: 'front-desk lead is not the user id of an active member of this organization' }],
    });
    const exception = { ...stranger, owner: adminUserId };
    const passed = await transition(context, 'sample-visit', { id, state: 'booked' }, 'arrive', { writeState, exceptions: [exception] });
    expect(passed.exceptions).toEqual([{ ...exception, failure: 'no verified insurance on file' }]);
    const [item] = await rows<Record<string, string>>('select * from work_item where id = ?', [passed.workItemIds[0]]);
    expect(item).toMatchObject({ kind: 'exception', category: 'insurance-checked', record_type: 'sample-visit', record_id: id, owner_user_id: adminUserId, state: 'open' });
    expect(await stateOf(id)).toBe('arrived');
    policies['insurance-checked'] = 'off';
    const other = await record('booked');
    await expect(transition(context, 'sample-visit', { id: other, state: 'booked' }, 'arrive', { writeState })).resolves.toMatchObject({ to: 'arrived', exceptions: [] });
  });

  it('refuses to run inside a transaction the caller opened', async () => {
    const id = await record('booked');
    const orm = app?.get(MikroORM) as MikroORM;
    await expect(
      orm.em.fork().transactional(() => transition(context, 'sample-visit', { id, state: 'booked', data: { insured: true } }, 'arrive', { writeState })),
    ).rejects.toThrow('WorkflowService.transition runs its own transaction');
    expect(await stateOf(id)).toBe('booked');
  });

  it('moves many records in the caller’s transaction: every check and before hook first (one refusal writes nothing), then the states, then an after hook per record', async () => {
    const ids = [await record('booked'), await record('booked')];
    const orm = app?.get(MikroORM) as MikroORM;
    const writeStates = async (tx: Parameters<StateWriter>[0], changes: readonly Parameters<StateWriter>[1][]) => {
      let moved = 0;
      for (const change of changes) if (await writeState(tx, change)) moved += 1;
      return moved;
    };
    const many = (data: Record<string, unknown>) =>
      runInAuditScope(context, null, () =>
        orm.em.fork().transactional(() => service.transitionMany(context, 'sample-visit', ids.map((id) => ({ subject: { id, state: 'booked', data }, event: 'arrive' })), writeStates)),
      );
    await expect(many({})).rejects.toMatchObject({ failures: [{ check: 'insurance-checked', reason: 'no verified insurance on file' }] });
    await expect(many({ insured: true, veto: true })).rejects.toMatchObject({ failures: [{ check: 'payer-veto', reason: 'the payer froze this visit' }, { check: 'payer-veto', reason: 'call the payer' }] });
    expect(written).toBe(0);
    expect(seen.beforeCalls).toBe(1);

    const results = await many({ insured: true });
    expect(results.map(({ entityId, from, to }) => [entityId, from, to])).toEqual(ids.map((id) => [id, 'booked', 'arrived']));
    expect([await stateOf(ids[0] as string), await stateOf(ids[1] as string)]).toEqual(['arrived', 'arrived']);
    expect(seen.beforeCalls).toBe(3);
    expect(seen.after).toHaveLength(2);
    expect((await auditsOf(ids[0] as string)).length + (await auditsOf(ids[1] as string)).length).toBe(2);
  });
});
