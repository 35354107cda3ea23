export function timed(db) {
  return { async query(sql) { const t = Date.now(); const r = await db.query(sql); const ms = Date.now() - t; if (ms > 200) { console.log(ms, 'ms', sql.slice(0, 80).replace(/\s+/g, ' '));
    if (process.env.EXPLAIN && ms > 1000 && sql.startsWith('create unlogged table')) { const sel = sql.replace(/^create unlogged table \S+ as /, ''); const plan = await db.query('explain (analyze, buffers) ' + sel); console.log(plan.rows.map((row) => row['QUERY PLAN']).join('\n')); } }
    return r; } };
}
