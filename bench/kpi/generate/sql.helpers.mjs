// SQL building blocks of the generator: literals, weighted draws, and the functions of the `bench_kpi` staging schema
// (deterministic random numbers and ids from the seed, local times in the practice's time zone, payer 835 days).
import { TIME_ZONE } from '../practice.profile.mjs';

/** The schema that holds the generator's plans (unlogged tables) and functions; dropped when the history is written. */
export const STAGING = 'bench_kpi';

/** A SQL string literal. */
export function text(value) {
  return `'${String(value).replaceAll("'", "''")}'`;
}

/** A SQL text array literal, `array['a','b']`. */
export function textArray(values) {
  return `array[${values.map(text).join(',')}]::text[]`;
}

/** A SQL calendar date literal (refuses anything that is not YYYY-MM-DD). */
export function date(value) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new Error(`not a calendar date: ${value}`);
  return `date '${value}'`;
}

/**
 * A weighted draw: `case when u < c1 then v1 … else vn end` over `[value, weight]` pairs, `u` uniform in [0, 1).
 * Values are SQL expressions.
 */
export function weighted(u, pairs) {
  const total = pairs.reduce((sum, [, weight]) => sum + weight, 0);
  let cumulative = 0;
  const branches = pairs.slice(0, -1).map(([value, weight]) => {
    cumulative += weight;
    return `when ${u} < ${cumulative / total} then ${value}`;
  });
  return `case ${branches.join(' ')} else ${pairs[pairs.length - 1][0]} end`;
}

/** `values[floor(u × n)]` of a text array. */
export function pick(u, values) {
  return `(${textArray(values)})[1 + floor(${u} * ${values.length})::int]`;
}

/**
 * The staging schema and its functions, for one seed:
 * - `r(stream, key)`: a uniform number in [0, 1) — the same for the same seed, stream and key;
 * - `uid(kind, key)`: a row id, two 64-bit hashes of kind and key seeded by the seed, as a version 4 UUID (the version
 *   and variant bits set, so that APIs validating UUIDs accept it);
 * - `at(date, minutes)`: that many minutes after the local midnight of `date`, as an instant;
 * - `local_date(instant)`, `minutes(x)`, `days(n)`;
 * - `remit_on(payer, date)`: the payer's first 835 day on or after `date` (each payer pays on two weekdays);
 * - `posted_at(payer, date)`: when that 835 was posted (mid-morning);
 * - `submitted_at(released, payer)`: the 837P batch a claim released at `released` went in (17:00 on the day, or the
 *   next day when released after 16:00);
 * - `pcn(n)`: claim number n as core writes it (`C` + seven Crockford base-32 digits).
 */
export function stagingSchemaSql(seed) {
  const zone = text(TIME_ZONE);
  const digit = (shift) => `substr('0123456789ABCDEFGHJKMNPQRSTVWXYZ', ((n >> ${shift}) & 31)::int + 1, 1)`;
  return [
    `drop schema if exists ${STAGING} cascade`,
    `create schema ${STAGING}`,
    `create function ${STAGING}.r(stream int, k bigint) returns float8 language sql immutable parallel safe
       as $$ select (hashint8extended(k * 128 + stream, ${Number(seed)}) & 4294967295)::float8 / 4294967296.0 $$`,
    `create function ${STAGING}.uid(kind text, k text) returns uuid language sql immutable parallel safe
       as $$ select encode(int8send((hashtextextended(kind || ':' || k, ${Number(seed)}) & -61441) | 16384)
                           || int8send((hashtextextended(kind || ':' || k, ${Number(seed) + 1}) & 4611686018427387903) | -9223372036854775808), 'hex')::uuid $$`,
    `create function ${STAGING}.at(d date, minutes float8) returns timestamptz language sql stable parallel safe
       as $$ select (d::timestamp + make_interval(secs => minutes * 60)) at time zone ${zone} $$`,
    `create function ${STAGING}.local_date(t timestamptz) returns date language sql stable parallel safe
       as $$ select (t at time zone ${zone})::date $$`,
    `create function ${STAGING}.minutes(x float8) returns interval language sql immutable parallel safe
       as $$ select make_interval(secs => x * 60) $$`,
    `create function ${STAGING}.days(n int) returns interval language sql immutable parallel safe
       as $$ select make_interval(days => n) $$`,
    `create function ${STAGING}.remit_on(payer int, d date) returns date language sql immutable parallel safe
       as $$ select d + least(((1 + payer % 5) - extract(isodow from d)::int + 7) % 7, ((1 + (payer + 2) % 5) - extract(isodow from d)::int + 7) % 7) $$`,
    `create function ${STAGING}.posted_at(payer int, d date) returns timestamptz language sql stable parallel safe
       as $$ select ${STAGING}.at(d, 600 + payer * 7) $$`,
    `create function ${STAGING}.submitted_at(released timestamptz, payer int) returns timestamptz language sql stable parallel safe
       as $$ select ${STAGING}.at(${STAGING}.local_date(released) + case when (released at time zone ${zone})::time >= time '16:00' then 1 else 0 end, 1020 + payer) $$`,
    `create function ${STAGING}.pcn(n bigint) returns text language sql immutable parallel safe
       as $$ select 'C' || ${[30, 25, 20, 15, 10, 5, 0].map(digit).join(' || ')} $$`,
  ];
}

/**
 * Stacks queries: `first`, then each layer is a function of the SQL of the layer below it (a subquery fenced with
 * `offset 0`, so the planner evaluates each layer's columns once per row instead of inlining their expressions into
 * every use above — which grows exponentially with the depth).
 */
export function layered(first, ...layers) {
  return layers.reduce((below, layer) => layer(`(${below} offset 0)`), first);
}
