// Step 1: the practice — organization, locations, providers, payers, fee schedules — and the staging reference tables
// the plans join (payers, procedures, denial reasons, encrypted values).
import { DENIAL_REASONS, LOCATIONS, PAYERS, PROCEDURES, RENDERING_PROVIDERS, npiOf } from '../practice.profile.mjs';
import { STAGING as S, date, stagingSchemaSql, text } from './sql.helpers.mjs';

const values = (rows) => rows.map((row) => `(${row.join(', ')})`).join(',\n');

/** Creates the staging schema and writes the practice's reference rows; `plan.encrypted` holds the encrypted constants. */
export async function writeReference(db, plan) {
  for (const statement of stagingSchemaSql(plan.seed)) await db.query(statement);
  const org = `${text(plan.organizationId)}::uuid`;
  const setupDay = `${date(plan.start)} - 90`;
  await db.query(`create table ${S}.payer_ref (n int primary key, ratio float8, lag_days int, contract boolean, weight int, filing text)`);
  await db.query(`insert into ${S}.payer_ref values ${values(PAYERS.map((p) => [p.n, p.ratio, p.lagDays, p.contract, p.weight, text(p.filing)]))}`);
  await db.query(`create table ${S}.proc_ref (n int primary key, code text, fee bigint, units int, line int)`);
  await db.query(`insert into ${S}.proc_ref values ${values(PROCEDURES.map((p) => [p.n, text(p.code), p.fee, p.units, p.line]))}`);
  await db.query(`create table ${S}.denial_ref (n int primary key, group_code text, reason text, category text, upstream_check text, owner_role text, remark text)`);
  await db.query(`insert into ${S}.denial_ref values ${values(DENIAL_REASONS.map((d, index) => [index + 1, text(d.group), text(d.reason), text(d.category), d.check ? text(d.check) : 'null', text(d.owner), text(d.remark)]))}`);
  await db.query(`create table ${S}.member_cipher (i int primary key, cipher text)`);
  await db.query(`insert into ${S}.member_cipher values ${values(plan.encrypted.memberIds.map((cipher, index) => [index, text(cipher)]))}`);

  await db.query(`insert into organization (id, name, time_zone, created_at, x12_submitter_id)
    values (${org}, 'Bench KPI Family Medicine', ${text(plan.timeZone)}, ${S}.at(${setupDay}, 540), 'BENCHKPI')`);
  await db.query(`insert into claim_number_sequence (organization_id, last_value) values (${org}, 0)`);
  await db.query(`insert into location (id, organization_id, created_at, name, npi, address_line1, city, state, zip, phone, place_of_service_code)
    select ${S}.uid('location', l.n::text), ${org}, ${S}.at(${setupDay}, 560 + l.n), l.name, l.npi, l.line1, l.city, l.state, l.zip, l.phone, '11'
      from (values ${values(LOCATIONS.map((l) => [l.n, text(l.name), text(npiOf(170000000 + l.n)), text(l.line1), text(l.city), text(l.state), text(l.zip), text(`217555010${l.n}`)]))})
        as l(n, name, npi, line1, city, state, zip, phone)`);
  const providers = [
    [1, text('organization'), text('Riverside Medical Group'), 'null', text(npiOf(150000001)), text('261QP2300X'), text('371234567')],
    ...RENDERING_PROVIDERS.map(([last, first, taxonomy], index) => [index + 2, text('individual'), text(last), text(first), text(npiOf(160000000 + index + 2)), text(taxonomy), 'null']),
  ];
  await db.query(`insert into provider (id, organization_id, created_at, kind, name, first_name, npi, taxonomy, tax_id)
    select ${S}.uid('provider', p.n::text), ${org}, ${S}.at(${setupDay}, 600 + p.n), p.kind, p.name, p.first_name, p.npi, p.taxonomy, p.tax_id
      from (values ${values(providers)}) as p(n, kind, name, first_name, npi, taxonomy, tax_id)`);
  await db.query(`insert into payer (id, organization_id, created_at, name, payer_id, claim_filing_indicator, timely_filing_days, appeal_limit_days,
                                     clearinghouse_plugin_id, authorization_required_codes, follow_up_days)
    select ${S}.uid('payer', p.n::text), ${org}, ${S}.at(${setupDay}, 620 + p.n), p.name, p.payer_id, p.filing, p.timely, p.appeal,
           'clearinghouse-generic', '[]'::jsonb, 30
      from (values ${values(PAYERS.map((p) => [p.n, text(p.name), text(p.payerId), text(p.filing), p.filing === 'MC' ? 180 : p.filing === 'MB' ? 365 : 120, p.filing === 'MB' ? 120 : 90]))})
        as p(n, name, payer_id, filing, timely, appeal)`);
  await db.query(`insert into fee_schedule (id, organization_id, created_at, name, payer_record_id, effective_from, kind)
    values (${S}.uid('fee_schedule', 'practice'), ${org}, ${S}.at(${setupDay}, 700), 'Practice fees', null, ${text(plan.start)}, 'fixed')`);
  await db.query(`insert into fee_schedule (id, organization_id, created_at, name, payer_record_id, effective_from, kind)
    select ${S}.uid('fee_schedule', p.n::text), ${org}, ${S}.at(${setupDay}, 700 + p.n), 'Contract ' || p.n, ${S}.uid('payer', p.n::text), ${text(plan.start)}, 'fixed'
      from ${S}.payer_ref p where p.contract`);
  await db.query(`insert into fee_schedule_entry (id, organization_id, created_at, fee_schedule_id, code, modifier, amount_cents)
    select ${S}.uid('fee_schedule_entry', 'practice:' || c.n), ${org}, ${S}.at(${setupDay}, 760), ${S}.uid('fee_schedule', 'practice'), c.code, '', c.fee
      from ${S}.proc_ref c
    union all
    select ${S}.uid('fee_schedule_entry', p.n || ':' || c.n), ${org}, ${S}.at(${setupDay}, 760 + p.n), ${S}.uid('fee_schedule', p.n::text), c.code, '', round(c.fee * p.ratio)::bigint
      from ${S}.payer_ref p cross join ${S}.proc_ref c where p.contract`);
}
