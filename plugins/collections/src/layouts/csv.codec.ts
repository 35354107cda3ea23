/** A field as RFC 4180 writes it: quoted (quotes doubled) when it holds a comma or a quote, as is otherwise. */
export function csvField(value: string): string {
  return /[",]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One CSV record: its fields joined by commas. */
export function csvRecord(values: readonly string[]): string {
  return values.map(csvField).join(',');
}

/** The fields of one CSV line, or why it is not one (an unterminated quote, a stray quote, text after a closing quote). */
export type CsvLine = { readonly fields: string[] } | { readonly problem: string };

/**
 * Splits one line (no line break in it) into fields by RFC 4180: fields separated by commas; a field may be quoted,
 * with `""` for a quote inside; a quote anywhere else is an error. A quoted field cannot span lines.
 */
export function parseCsvLine(line: string): CsvLine {
  const fields: string[] = [];
  let at = 0;
  for (;;) {
    if (line[at] === '"') {
      let value = '';
      let i = at + 1;
      for (;;) {
        const quote = line.indexOf('"', i);
        if (quote < 0) return { problem: `field ${fields.length + 1} opens a quote that is not closed on this line` };
        value += line.slice(i, quote);
        if (line[quote + 1] !== '"') { i = quote + 1; break; }
        value += '"';
        i = quote + 2;
      }
      if (i < line.length && line[i] !== ',') return { problem: `field ${fields.length + 1} has text after its closing quote` };
      fields.push(value);
      at = i;
    } else {
      const comma = line.indexOf(',', at);
      const value = comma < 0 ? line.slice(at) : line.slice(at, comma);
      if (value.includes('"')) return { problem: `field ${fields.length + 1} has a quote but is not quoted` };
      fields.push(value);
      at = comma < 0 ? line.length : comma;
    }
    if (at >= line.length) return { fields };
    at++;
    if (at === line.length) return { fields: [...fields, ''] };
  }
}
