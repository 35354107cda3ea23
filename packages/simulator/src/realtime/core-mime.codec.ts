/**
 * The simulator's side of the CAQH CORE HTTP MIME multipart envelope: reads a request's form fields and writes a
 * response's (the plugin has its own codec; the simulator depends on no plugin).
 */

const CRLF = '\r\n';

/** Writes text fields as a multipart/form-data body with CRLF line breaks. */
export function writeFormData(fields: Readonly<Record<string, string>>, boundary: string): string {
  const parts = Object.entries(fields).map(([name, value]) => `--${boundary}${CRLF}Content-Disposition: form-data; name="${name}"${CRLF}${CRLF}${value}${CRLF}`);
  return `${parts.join('')}--${boundary}--${CRLF}`;
}

/** The fields of a multipart/form-data body by name, or `undefined` when the content type is not multipart with a boundary. */
export function readFormData(body: string, contentType: string | undefined): Record<string, string> | undefined {
  const boundary = /^\s*multipart\/form-data\s*;.*\bboundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '');
  const delimiter = `--${boundary?.[1] ?? boundary?.[2] ?? ''}`;
  if (!boundary || !body.includes(delimiter)) return undefined;
  const fields: Record<string, string> = {};
  for (const chunk of body.split(delimiter).slice(1)) {
    if (chunk.startsWith('--')) break;
    const part = chunk.replace(/^\r?\n/, '').replace(/\r?\n$/, '');
    const split = /\r?\n\r?\n/.exec(part);
    const name = split ? /content-disposition:[^\r\n]*\bname="([^"]*)"/i.exec(part.slice(0, split.index))?.[1] : undefined;
    if (split && name !== undefined) fields[name] = part.slice(split.index + split[0].length);
  }
  return fields;
}
