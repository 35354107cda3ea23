/** Letters that do not decompose into a base letter and accents, with the ASCII a fixed-width file writes. */
const SPELLED_OUT: Readonly<Record<string, string>> = {
  ß: 'ss', Æ: 'AE', æ: 'ae', Œ: 'OE', œ: 'oe', Ø: 'O', ø: 'o', Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', Þ: 'TH', þ: 'th', ı: 'i',
  '\u2018': "'", '\u2019': "'", '\u201C': '"', '\u201D': '"', '\u2013': '-', '\u2014': '-', '\u00A0': ' ',
};

/** Whether text is printable ASCII only (space to tilde). */
export function isPrintableAscii(text: string): boolean {
  return /^[\x20-\x7E]*$/.test(text);
}

/** Whether text holds a control character (a line break, a tab, NUL…), which no field may hold. */
export function hasControlCharacter(text: string): boolean {
  return [...text].some((c) => {
    const code = c.codePointAt(0) ?? 0;
    return code < 0x20 || (code >= 0x7f && code <= 0x9f);
  });
}

/**
 * Text as a fixed-width file writes it: accents dropped (`José Núñez` → `Jose Nunez`), a few letters spelled out
 * (`ß` → `ss`, `Ø` → `O`), typographic quotes and dashes made plain. `undefined` when something else is left that is
 * not printable ASCII (a fixed-width file counts one byte per character).
 */
export function toAscii(text: string): string | undefined {
  const plain = [...text.normalize('NFD').replace(/[\u0300-\u036f]/g, '')].map((c) => SPELLED_OUT[c] ?? c).join('');
  return isPrintableAscii(plain) ? plain : undefined;
}
