import { MikroORM } from '@mikro-orm/core';
import { Body, Controller, Injectable, Module, Param, Post, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { RequestContext } from '@openrcm/sdk';
import cookieParser from 'cookie-parser';
import pino from 'pino';
import { Allow, ANY_ROLE } from '../src/auth/route-policy';
import { CoreModule } from '../src/core.module';
import { Ctx } from '../src/http/request-context.decorator';
import { currentEntityManager } from '../src/persistence/current-entity-manager';
import { defineWorkflow, GuardRegistry, WorkflowService, type CheckException, type StateWriter } from '../src/workflow';
import { signInAsNewAdmin, type SignedInSession } from './support/sign-in';
import { testConfig } from './support/test-app';

const visit = defineWorkflow({
  name: 'sample-visit',
  initial: 'booked',
  states: ['booked', 'arrived', 'closed'],
  events: ['arrive', 'close'],
  transitions: [
    { from: 'booked', event: 'arrive', to: 'arrived', guards: ['sample-coverage', 'sample-signature'] },
    { from: 'arrived', event: 'close', to: 'closed', guards: ['sample-referral'] },
  ],
  terminal: ['closed'],
});

/** How often each check ran (a check set to off must not run). */
const runs: Record<string, number> = {};

@Injectable()
class SampleGuards {
  constructor(registry: GuardRegistry) {
    const flag = (name: string, description: string, key: string, reason: string) =>
      registry.register({
        name,
        description,
        check: async (_context, snapshot) => {
          runs[name] = (runs[name] ?? 0) + 1;
          return snapshot.data[key] ? { pass: true } : { pass: false, reason };
        },
      });
    flag('sample-coverage', 'Coverage verified before arrival', 'covered', 'no verified coverage on file');
    flag('sample-signature', 'Intake form signed', 'signed', 'the intake form is not signed');
    flag('sample-referral', 'Referral on file', 'referred', 'no referral on file');
  }
}

const writeState: StateWriter = async (em, change) => {
  const result = await em.execute<{ affectedRows: number }>('update sample_visit set state = ? where id = ? and state = ?', [change.to, change.entityId, change.from], 'run');
  return result.affectedRows === 1;
};

/** A domain controller as the encounter's will be: it reads the record and asks the engine to move it. */
@Controller('organizations/:organizationId/sample-visits')
class SampleVisitsController {
  constructor(
    private readonly orm: MikroORM,
    private readonly workflows: WorkflowService,
  ) {}

  @Post(':id/transitions')
  @Allow(...ANY_ROLE)
  async transition(@Ctx() context: RequestContext, @Param('id') id: string, @Body() body: { event: string; exceptions?: CheckException[] }) {
    const [row] = await currentEntityManager(this.orm).execute<{ state: string; data: Record<string, unknown> }[]>('select state, data from sample_visit where id = ?', [id]);
    if (!row) throw new Error(`no sample visit ${id}`);
    return this.workflows.transition(context, 'sample-visit', { id, state: row.state, data: row.data }, body.event, { writeState, exceptions: body.exceptions ?? [] });
  }
}

@Module({})
class GatesTestModule {
  static with(config: Awaited<ReturnType<typeof testConfig>>): DynamicModule {
    return {
      module: GatesTestModule,
      imports: [CoreModule.forRoot(config, { logger: pino({ level: 'silent' }), workflows: [visit] })],
      providers: [SampleGuards],
      controllers: [SampleVisitsController],
    };
  }
}

/** An organization with its signed-in admin, the admin's user id and a second member (a biller). */
interface Clinic {
  readonly admin: SignedInSession;
  readonly adminUserId: string;
  readonly billerUserId: string;
  readonly base: string;
}

describe('gates', () => {
  let app: NestExpressApplication;

  const rows = <T>(sql: string, parameters: unknown[] = []): Promise<T[]> => app.get(MikroORM).em.fork().getConnection().execute(sql, parameters);

  async function clinic(): Promise<Clinic> {
    const admin = await signInAsNewAdmin(app);
    const base = `/api/organizations/${admin.organizationId}`;
    const [{ user_id: adminUserId }] = (await rows<{ user_id: string }>('select user_id from membership where organization_id = ?', [admin.organizationId])) as [{ user_id: string }];
    const invited = await admin.agent
      .post(`${base}/users`)
      .set('x-csrf-token', admin.csrf)
      .send({ email: `biller-${Math.random().toString(36).slice(2)}@clinic.test`, displayName: 'Bea Biller', roles: ['biller'] })
      .expect(201);
    return { admin, adminUserId, billerUserId: invited.body.member.userId, base };
  }

  async function visitIn(data: Record<string, unknown>, state = 'booked'): Promise<string> {
    const id = `visit-${Math.random().toString(36).slice(2, 10)}`;
    await rows('insert into sample_visit (id, state, data) values (?, ?, ?)', [id, state, JSON.stringify(data)]);
    return id;
  }

  const stateOf = async (id: string) => (await rows<{ state: string }>('select state from sample_visit where id = ?', [id]))[0]?.state;
  const setPolicy = (c: Clinic, check: string, body: object) => c.admin.agent.put(`${c.base}/gates/${check}`).set('x-csrf-token', c.admin.csrf).send(body);
  const move = (c: Clinic, id: string, body: object) => c.admin.agent.post(`${c.base}/sample-visits/${id}/transitions`).set('x-csrf-token', c.admin.csrf).send(body);
  const upstreamItems = (c: Clinic, check: string) => c.admin.agent.get(`${c.base}/work-items`).query({ kind: 'upstream-defect', category: check }).expect(200);

  beforeAll(async () => {
    const config = await testConfig({ useRedis: false });
    app = await NestFactory.create<NestExpressApplication>(GatesTestModule.with(config), { logger: false, abortOnError: false, bodyParser: false });
    app.useBodyParser('json');
    app.use(cookieParser());
    app.setGlobalPrefix('api');
    await app.listen(0, '127.0.0.1');
    await rows('create table sample_visit (id text primary key, state text not null, data jsonb not null)');
  });

  afterAll(async () => {
    await app?.close();
  });

  it('lists every registered check with its policy, owner and the transitions that use it; an admin changes one (audited)', async () => {
    const c = await clinic();
    const listed = await c.admin.agent.get(`${c.base}/gates`).expect(200);
    const sampleChecks = listed.body.filter((gate: { check: string }) => gate.check.startsWith('sample-'));
    expect(sampleChecks.map((gate: { check: string }) => gate.check)).toEqual(['sample-coverage', 'sample-referral', 'sample-signature']);
    expect(sampleChecks[0]).toEqual({
      check: 'sample-coverage',
      description: 'Coverage verified before arrival',
      source: 'core',
      policy: 'enforce',
      ownerUserId: null,
      ownerRole: 'manager',
      configured: false,
      usedBy: [{ workflow: 'sample-visit', event: 'arrive', transition: 'booked --arrive--> arrived' }],
    });

    const set = await setPolicy(c, 'sample-referral', { policy: 'exception', ownerUserId: c.billerUserId }).expect(200);
    expect(set.body).toMatchObject({ check: 'sample-referral', policy: 'exception', ownerUserId: c.billerUserId, ownerRole: null, configured: true });
    const again = await c.admin.agent.get(`${c.base}/gates`).expect(200);
    expect(again.body.find((gate: { check: string }) => gate.check === 'sample-referral')).toMatchObject({ policy: 'exception', ownerUserId: c.billerUserId });
    const audits = await rows<{ action: string }>("select action from audit_event where organization_id = ? and record_type = 'gate-policy'", [c.admin.organizationId]);
    expect(audits.map((audit) => audit.action)).toEqual(['create']);

    const unknown = await setPolicy(c, 'no-such-check', { policy: 'off' }).expect(404);
    expect(unknown.body.detail).toBe('gate check no-such-check was not found');
    const bad = await setPolicy(c, 'sample-referral', { policy: 'sometimes', ownerRole: 'janitor' }).expect(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['ownerRole', 'policy']);
    const stranger = await clinic();
    const notMember = await setPolicy(c, 'sample-referral', { policy: 'exception', ownerUserId: stranger.adminUserId }).expect(400);
    expect(notMember.body.errors).toEqual([{ field: 'ownerUserId', message: `${stranger.adminUserId} is not an active member of this organization` }]);
  });

  it('sets the stop-the-line window per organization (default 30 days)', async () => {
    const c = await clinic();
    expect((await c.admin.agent.get(`${c.base}/gate-settings`).expect(200)).body).toEqual({ defectWindowDays: 30 });
    await c.admin.agent.put(`${c.base}/gate-settings`).set('x-csrf-token', c.admin.csrf).send({ defectWindowDays: 0 }).expect(400);
    const set = await c.admin.agent.put(`${c.base}/gate-settings`).set('x-csrf-token', c.admin.csrf).send({ defectWindowDays: 7 }).expect(200);
    expect(set.body).toEqual({ defectWindowDays: 7 });
    expect((await c.admin.agent.get(`${c.base}/gate-settings`).expect(200)).body).toEqual({ defectWindowDays: 7 });
  });

  it('enforces every check by default, refusing with every failing check and recording each as a defect', async () => {
    const c = await clinic();
    const id = await visitIn({});
    const refused = await move(c, id, { event: 'arrive' }).expect(422);
    expect(refused.body.failures).toEqual([
      { check: 'sample-coverage', reason: 'no verified coverage on file' },
      { check: 'sample-signature', reason: 'the intake form is not signed' },
    ]);
    expect(await stateOf(id)).toBe('booked');
    const defects = await rows<Record<string, string>>('select "check", record_type, record_id, event, outcome, failure_reason from gate_defect where organization_id = ? order by "check"', [
      c.admin.organizationId,
    ]);
    expect(defects).toEqual([
      { check: 'sample-coverage', record_type: 'sample-visit', record_id: id, event: 'arrive', outcome: 'refused', failure_reason: 'no verified coverage on file' },
      { check: 'sample-signature', record_type: 'sample-visit', record_id: id, event: 'arrive', outcome: 'refused', failure_reason: 'the intake form is not signed' },
    ]);
    const enforced = await move(c, id, { event: 'arrive', exceptions: [{ check: 'sample-coverage', owner: c.adminUserId, reason: 'verified by phone' }] }).expect(422);
    expect(enforced.body.failures[0]).toEqual({ check: 'sample-coverage', reason: 'no verified coverage on file (this check is enforced: no exception allowed)' });
  });

  it('passes a check set to exception only with a member as owner and a reason, opening a work item for the owner', async () => {
    const c = await clinic();
    await setPolicy(c, 'sample-coverage', { policy: 'exception' }).expect(200);
    const id = await visitIn({ signed: true });

    const without = await move(c, id, { event: 'arrive' }).expect(422);
    expect(without.body.failures).toEqual([{ check: 'sample-coverage', reason: 'no verified coverage on file (may pass by exception with an owner and a reason)' }]);
    const blank = await move(c, id, { event: 'arrive', exceptions: [{ check: 'sample-coverage', owner: ' ', reason: '' }] }).expect(400);
    expect(blank.body.errors).toEqual([
      { field: 'exceptions[0].owner', message: 'required: the member who owns the follow-up' },
      { field: 'exceptions[0].reason', message: 'required: why the check may pass by exception' },
    ]);
    const stranger = await move(c, id, { event: 'arrive', exceptions: [{ check: 'sample-coverage', owner: 'front desk', reason: 'verified by phone' }] }).expect(400);
    expect(stranger.body.errors).toEqual([{ field: 'exceptions[0].owner', message: 'front desk is not the user id of an active member of this organization' }]);
    expect(await stateOf(id)).toBe('booked');

    const passed = await move(c, id, { event: 'arrive', exceptions: [{ check: 'sample-coverage', owner: c.billerUserId, reason: 'payer portal down; verified by phone' }] }).expect(201);
    expect(passed.body).toMatchObject({ from: 'booked', to: 'arrived', exceptions: [{ check: 'sample-coverage', owner: c.billerUserId, failure: 'no verified coverage on file' }] });
    expect(passed.body.workItemIds).toHaveLength(1);
    expect(await stateOf(id)).toBe('arrived');

    const item = await c.admin.agent.get(`${c.base}/work-items/${passed.body.workItemIds[0]}`).expect(200);
    expect(item.body).toMatchObject({
      kind: 'exception',
      category: 'sample-coverage',
      recordType: 'sample-visit',
      recordId: id,
      ownerUserId: c.billerUserId,
      ownerRole: null,
      state: 'open',
    });
    expect(item.body.notes).toHaveLength(1);
    expect(item.body.notes[0].body).toContain('no verified coverage on file');
    expect(item.body.notes[0].body).toContain('payer portal down; verified by phone');
    const excepted = await rows<{ outcome: string }>("select outcome from gate_defect where organization_id = ? and record_id = ? order by created_at", [c.admin.organizationId, id]);
    expect(excepted.map((defect) => defect.outcome)).toEqual(['refused', 'excepted']);
  });

  it('does not run a check set to off', async () => {
    const c = await clinic();
    await setPolicy(c, 'sample-signature', { policy: 'off' }).expect(200);
    const id = await visitIn({ covered: true });
    const before = runs['sample-signature'] ?? 0;
    await move(c, id, { event: 'arrive' }).expect(201);
    expect(runs['sample-signature'] ?? 0).toBe(before);
    expect(await stateOf(id)).toBe('arrived');
  });

  it('stops the line: a check failing for a second record opens one upstream item for its owner; a third adds a note', async () => {
    const c = await clinic();
    await setPolicy(c, 'sample-coverage', { policy: 'exception', ownerRole: 'front-desk' }).expect(200);
    const first = await visitIn({ signed: true });
    await move(c, first, { event: 'arrive' }).expect(422);
    await move(c, first, { event: 'arrive' }).expect(422);
    expect((await upstreamItems(c, 'sample-coverage')).body.total).toBe(0);

    const second = await visitIn({ signed: true });
    await move(c, second, { event: 'arrive', exceptions: [{ check: 'sample-coverage', owner: c.adminUserId, reason: 'verified by phone' }] }).expect(201);
    const opened = await upstreamItems(c, 'sample-coverage');
    expect(opened.body.total).toBe(1);
    const [upstream] = opened.body.items;
    expect(upstream).toMatchObject({ kind: 'upstream-defect', category: 'sample-coverage', recordType: 'gate-check', recordId: 'sample-coverage', ownerRole: 'front-desk', ownerUserId: null, state: 'open', priority: 'high' });
    expect(upstream.title).toBe("Fix upstream: check 'sample-coverage' (Coverage verified before arrival) failed for 2 records within 30 days");
    const withNotes = await c.admin.agent.get(`${c.base}/work-items/${upstream.id}`).expect(200);
    expect(withNotes.body.notes).toHaveLength(1);
    expect(withNotes.body.notes[0].body).toContain(`sample-visit ${first}`);
    expect(withNotes.body.notes[0].body).toContain(`sample-visit ${second}`);

    const third = await visitIn({ signed: true });
    await move(c, third, { event: 'arrive' }).expect(422);
    const still = await upstreamItems(c, 'sample-coverage');
    expect(still.body.total).toBe(1);
    const noted = await c.admin.agent.get(`${c.base}/work-items/${upstream.id}`).expect(200);
    expect(noted.body.notes).toHaveLength(2);
    expect(noted.body.notes[1].body).toContain(`Failed again: sample-visit ${third}, event 'arrive' refused`);
    expect(noted.body.notes[1].body).toContain('3 records failed it within 30 days.');
    // The other check never failed twice: no upstream item for it.
    expect((await upstreamItems(c, 'sample-signature')).body.total).toBe(0);
  });

  it('does not count defects outside the organization\'s window; within it, two records stop the line', async () => {
    const c = await clinic();
    await c.admin.agent.put(`${c.base}/gate-settings`).set('x-csrf-token', c.admin.csrf).send({ defectWindowDays: 2 }).expect(200);
    const old = await visitIn({ signed: true });
    await move(c, old, { event: 'arrive' }).expect(422);
    await rows("update gate_defect set created_at = created_at - interval '3 days' where organization_id = ?", [c.admin.organizationId]);
    const recent = await visitIn({ signed: true });
    await move(c, recent, { event: 'arrive' }).expect(422);
    expect((await upstreamItems(c, 'sample-coverage')).body.total).toBe(0);

    const another = await visitIn({ signed: true });
    await move(c, another, { event: 'arrive' }).expect(422);
    const opened = await upstreamItems(c, 'sample-coverage');
    expect(opened.body.items.map((item: { title: string; ownerRole: string }) => [item.title, item.ownerRole])).toEqual([
      ["Fix upstream: check 'sample-coverage' (Coverage verified before arrival) failed for 2 records within 2 days", 'manager'],
    ]);
  });

  it('keeps gates, defects and work items per organization', async () => {
    const a = await clinic();
    const b = await clinic();
    await setPolicy(a, 'sample-coverage', { policy: 'off' }).expect(200);
    const listed = await b.admin.agent.get(`${b.base}/gates`).expect(200);
    expect(listed.body.find((gate: { check: string }) => gate.check === 'sample-coverage')).toMatchObject({ policy: 'enforce', configured: false });
    const id = await visitIn({ signed: true });
    await move(b, id, { event: 'arrive' }).expect(422);
    await move(a, id, { event: 'arrive' }).expect(201);
    // Not a member of the other organization: it does not exist for them.
    await b.admin.agent.get(`${a.base}/gates`).expect(404);
    expect(await rows("select id from gate_defect where organization_id = ?", [a.admin.organizationId])).toEqual([]);
  });
});
