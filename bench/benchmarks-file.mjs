// BENCHMARKS.md holds one section per suite between markers, so each suite rewrites only its own results.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const TITLE = '# Benchmarks\n\nEach section is written by `npm run bench -- <suite>`; see its command and machine.\n';

/** Replaces (or appends) the section `name` of the Markdown file with `markdown`. */
export function writeBenchmarkSection(file, name, markdown) {
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : TITLE;
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  const next = from >= 0 && to > from ? `${current.slice(0, from)}${block}${current.slice(to + end.length)}` : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}
