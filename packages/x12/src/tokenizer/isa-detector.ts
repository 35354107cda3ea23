import type { Delimiters } from './segment';

/** Offsets of the 16 element separators in a fixed-width (106 character) ISA. */
const FIXED_SEPARATORS = [3, 6, 17, 20, 31, 34, 50, 53, 69, 76, 81, 83, 89, 99, 101, 103];

/** Result of reading delimiters from an ISA starting at a given position. */
export type IsaDetection =
  | { kind: 'ok'; delimiters: Delimiters; fixedWidth: boolean; /** chars from `ISA` to the terminator, inclusive */ length: number }
  | { kind: 'more' }
  | { kind: 'invalid'; message: string };

function isAlnum(c: string): boolean {
  return /^[A-Za-z0-9]$/.test(c);
}

function repetitionOf(isa11: string, isa12: string): string | undefined {
  if (isa11.length !== 1 || isAlnum(isa11) || isa11 === ' ') return undefined;
  return isa12 >= '00501' ? isa11 : undefined;
}

function isFixedWidth(text: string, pos: number, sep: string): boolean {
  if (text.length < pos + 106) return false;
  for (const off of FIXED_SEPARATORS) if (text[pos + off] !== sep) return false;
  return true;
}

function fixedDetection(text: string, pos: number, element: string): IsaDetection {
  const isa11 = text[pos + 82]!;
  const isa12 = text.slice(pos + 84, pos + 89);
  const delimiters = { element, repetition: repetitionOf(isa11, isa12), component: text[pos + 104]!, segment: text[pos + 105]! };
  return { kind: 'ok', delimiters, fixedWidth: true, length: 106 };
}

function looseDetection(text: string, pos: number, element: string, final: boolean): IsaDetection {
  const seps: number[] = [];
  let at = pos + 3;
  while (seps.length < 16) {
    if (at < 0 || at >= text.length) return final ? { kind: 'invalid', message: 'ISA is truncated: fewer than 16 elements' } : { kind: 'more' };
    seps.push(at);
    at = text.indexOf(element, at + 1);
    if (seps.length < 16 && at > pos + 400) return { kind: 'invalid', message: 'ISA is not terminated within 400 characters' };
  }
  const last = seps[15]!;
  if (text.length < last + 3) return final ? { kind: 'invalid', message: 'ISA is truncated after ISA16' } : { kind: 'more' };
  const isa11 = text.slice(seps[10]! + 1, seps[11]!);
  const isa12 = text.slice(seps[11]! + 1, seps[12]!);
  const delimiters = { element, repetition: repetitionOf(isa11, isa12), component: text[last + 1]!, segment: text[last + 2]! };
  if (isAlnum(delimiters.segment)) return { kind: 'invalid', message: 'ISA16 must be one character followed by the segment terminator' };
  return { kind: 'ok', delimiters, fixedWidth: false, length: last + 3 - pos };
}

/**
 * Reads the delimiters from the ISA starting at `pos` (which must point at `ISA`).
 * A fixed-width ISA is read by position; any other is read by counting element separators.
 */
export function detectIsa(text: string, pos: number, final: boolean): IsaDetection {
  if (text.length < pos + 4) return final ? { kind: 'invalid', message: 'ISA is truncated' } : { kind: 'more' };
  const element = text[pos + 3]!;
  if (isAlnum(element) || element === ' ') return { kind: 'invalid', message: `ISA element separator "${element}" is a letter, digit or space` };
  if (isFixedWidth(text, pos, element)) return fixedDetection(text, pos, element);
  if (!final && text.length < pos + 106) return { kind: 'more' };
  return looseDetection(text, pos, element, final);
}

/** Characters from the start of the data that {@link guessDelimiters} looks at. */
export const GUESS_WINDOW = 4096;

/**
 * Guesses delimiters for data that does not start with an ISA (e.g. a bare ST..SE):
 * the character after the segment id is the element separator; the terminator is the first of
 * `~`, newline, `'`, `!` found in the text; the component separator is `:` unless `>` is used.
 */
export function guessDelimiters(text: string, pos: number): Delimiters | undefined {
  let at = pos;
  while (at < text.length && isAlnum(text[at]!)) at++;
  const element = text[at];
  if (element === undefined || at === pos || at - pos > 3) return undefined;
  const window = text.slice(pos, pos + GUESS_WINDOW);
  const segment = ['~', '\n', "'", '!'].find((c) => c !== element && window.includes(c));
  if (!segment) return undefined;
  const component = window.includes(':') || !window.includes('>') ? ':' : '>';
  return { element, repetition: undefined, component, segment };
}
