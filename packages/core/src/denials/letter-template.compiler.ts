import { ValidationError } from '@openrcm/sdk';

/**
 * Letter templates in the Handlebars syntax (a subset, so a template written here renders the same under Handlebars):
 * `{{path}}` (HTML-escaped in HTML templates), `{{{path}}}` (raw), `{{#each path}}…{{else}}…{{/each}}` with `this`,
 * `@index`, `@number` (1-based), `@first`, `@last`, `{{#if path}}…{{else}}…{{/if}}`, `{{#unless path}}…{{/unless}}`,
 * `{{#with path}}…{{/with}}`, `../` to reach the enclosing scope, and `{{! comments }}` / `{{!-- comments --}}`.
 * Compiling checks the whole template and names the line of the first error.
 */

type Node =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'value'; readonly path: Path; readonly raw: boolean }
  | { readonly type: 'block'; readonly helper: BlockHelper; readonly path: Path; readonly body: Node[]; readonly inverse: Node[] };

type BlockHelper = 'each' | 'if' | 'unless' | 'with';
const BLOCK_HELPERS: readonly BlockHelper[] = ['each', 'if', 'unless', 'with'];

/** A reference: how many scopes up, then `this`, an `@` variable, or property names. */
interface Path {
  readonly up: number;
  readonly data: string | null;
  readonly keys: readonly string[];
}

interface Frame {
  readonly value: unknown;
  readonly data: Readonly<Record<string, unknown>>;
}

/** A compiled template: render it with a data object. */
export interface CompiledLetterTemplate {
  render(data: unknown): string;
}

const TAG = /\{\{(!--[\s\S]*?--|![\s\S]*?|\{[\s\S]*?\}|[\s\S]*?)\}\}/g;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Compiles `source`; a syntax error is a ValidationError on `field` naming the line. */
export function compileLetterTemplate(source: string, escape: boolean, field = 'body'): CompiledLetterTemplate {
  const nodes = parse(source, field);
  return { render: (data) => renderNodes(nodes, [{ value: data, data: {} }], escape) };
}

interface OpenBlock {
  readonly helper: BlockHelper;
  readonly path: Path;
  readonly line: number;
  readonly body: Node[];
  readonly inverse: Node[];
  inElse: boolean;
}

function parse(source: string, field: string): Node[] {
  const fail = (index: number, message: string): never => {
    throw new ValidationError([{ field, message: `line ${lineAt(source, index)}: ${message}` }]);
  };
  const root: Node[] = [];
  const stack: OpenBlock[] = [];
  const target = () => {
    const open = stack[stack.length - 1];
    return open ? (open.inElse ? open.inverse : open.body) : root;
  };
  let last = 0;
  for (const match of source.matchAll(TAG)) {
    const index = match.index;
    pushText(target(), source.slice(last, index), source, last, fail);
    last = index + match[0].length;
    const inner = match[1] as string;
    if (inner.startsWith('!')) continue;
    if (inner.startsWith('{')) {
      if (!inner.endsWith('}')) fail(index, `'{{{' must close with '}}}'`);
      target().push({ type: 'value', path: parsePath(inner.slice(1, -1).trim(), index, fail), raw: true });
      continue;
    }
    const tag = inner.trim();
    if (tag.startsWith('#')) {
      const [helper, argument, ...extra] = tag.slice(1).trim().split(/\s+/);
      if (!BLOCK_HELPERS.includes(helper as BlockHelper)) fail(index, `unknown block '{{#${helper ?? ''}}}'; use ${BLOCK_HELPERS.map((name) => `#${name}`).join(', ')}`);
      if (!argument || extra.length > 0) fail(index, `'{{#${helper}}}' takes one path, e.g. {{#${helper} lines}}`);
      stack.push({ helper: helper as BlockHelper, path: parsePath(argument as string, index, fail), line: lineAt(source, index), body: [], inverse: [], inElse: false });
    } else if (tag === 'else') {
      const open = stack[stack.length - 1];
      if (!open) fail(index, `'{{else}}' outside a block`);
      if (open?.inElse) fail(index, `a second '{{else}}' in the {{#${open.helper}}} opened on line ${open.line}`);
      if (open) open.inElse = true;
    } else if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      const open = stack.pop();
      if (!open) fail(index, `'{{/${name}}}' closes no block`);
      if (open && open.helper !== name) fail(index, `'{{/${name}}}' closes the {{#${open.helper}}} opened on line ${open.line}`);
      if (open) target().push({ type: 'block', helper: open.helper, path: open.path, body: open.body, inverse: open.inverse });
    } else {
      target().push({ type: 'value', path: parsePath(tag, index, fail), raw: false });
    }
  }
  pushText(target(), source.slice(last), source, last, fail);
  const unclosed = stack[stack.length - 1];
  if (unclosed) throw new ValidationError([{ field, message: `line ${unclosed.line}: '{{#${unclosed.helper}}}' is never closed (add {{/${unclosed.helper}}})` }]);
  return root;
}

function pushText(nodes: Node[], text: string, source: string, offset: number, fail: (index: number, message: string) => never): void {
  const stray = text.indexOf('{{');
  if (stray >= 0) fail(offset + stray, `'{{' is never closed with '}}'`);
  if (text !== '') nodes.push({ type: 'text', text });
}

function parsePath(text: string, index: number, fail: (index: number, message: string) => never): Path {
  let rest = text;
  let up = 0;
  while (rest.startsWith('../')) {
    up += 1;
    rest = rest.slice(3);
  }
  if (rest === 'this' || rest === '.') return { up, data: null, keys: [] };
  if (rest.startsWith('@')) {
    const name = rest.slice(1);
    if (!NAME.test(name)) fail(index, `'{{${text}}}' is not a variable name`);
    return { up, data: name, keys: [] };
  }
  const keys = (rest.startsWith('this.') ? rest.slice(5) : rest).split('.');
  if (rest === '' || !keys.every((key) => NAME.test(key))) fail(index, `'{{${text}}}' is not a field path (names separated by dots, e.g. claim.patientControlNumber)`);
  return { up, data: null, keys };
}

function lineAt(source: string, index: number): number {
  let line = 1;
  for (let position = 0; position < index; position += 1) if (source.charCodeAt(position) === 10) line += 1;
  return line;
}

function renderNodes(nodes: readonly Node[], frames: readonly Frame[], escape: boolean): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') out += node.text;
    else if (node.type === 'value') out += toText(resolve(node.path, frames), escape && !node.raw);
    else out += renderBlock(node, frames, escape);
  }
  return out;
}

function renderBlock(node: Extract<Node, { type: 'block' }>, frames: readonly Frame[], escape: boolean): string {
  const value = resolve(node.path, frames);
  if (node.helper === 'each') {
    const items = Array.isArray(value) ? value : [];
    if (items.length === 0) return renderNodes(node.inverse, frames, escape);
    return items
      .map((item, index) => renderNodes(node.body, [...frames, { value: item, data: { index, number: index + 1, first: index === 0, last: index === items.length - 1 } }], escape))
      .join('');
  }
  if (node.helper === 'with') return truthy(value) ? renderNodes(node.body, [...frames, { value, data: {} }], escape) : renderNodes(node.inverse, frames, escape);
  const shown = node.helper === 'if' ? truthy(value) : !truthy(value);
  return renderNodes(shown ? node.body : node.inverse, frames, escape);
}

function resolve(path: Path, frames: readonly Frame[]): unknown {
  const frame = frames[Math.max(0, frames.length - 1 - path.up)] as Frame;
  if (path.data !== null) return frame.data[path.data];
  let value: unknown = frame.value;
  for (const key of path.keys) {
    if (value === null || typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function truthy(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;', '`': '&#x60;', '=': '&#x3D;' };

function toText(value: unknown, escape: boolean): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? value.join(',') : String(value);
  return escape ? text.replace(/[&<>"'`=]/g, (character) => HTML_ESCAPES[character] as string) : text;
}
