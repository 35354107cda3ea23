/** One named text field of a multipart/form-data body. */
export interface FormField {
  /** The field's name (`Content-Disposition: form-data; name="…"`). */
  readonly name: string;
  /** The field's text value. */
  readonly value: string;
}

const CRLF = '\r\n';

/**
 * Writes text fields as a multipart/form-data body (RFC 7578) with CRLF line breaks. The boundary must not occur in
 * any value; {@link encodeMultipart} refuses one that does rather than write an ambiguous body.
 */
export function encodeMultipart(fields: readonly FormField[], boundary: string): string {
  const parts = fields.map((field) => {
    if (field.value.includes(`--${boundary}`)) throw new RangeError(`the value of ${field.name} contains the multipart boundary`);
    return `--${boundary}${CRLF}Content-Disposition: form-data; name="${field.name}"${CRLF}${CRLF}${field.value}${CRLF}`;
  });
  return `${parts.join('')}--${boundary}--${CRLF}`;
}

/** The boundary parameter of a `multipart/…` content type, or `undefined` when it is not multipart. */
export function boundaryOf(contentType: string | undefined): string | undefined {
  if (!contentType || !/^\s*multipart\//i.test(contentType)) return undefined;
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match?.[1] ?? match?.[2];
}

function fieldOf(part: string): FormField | undefined {
  const split = /\r?\n\r?\n/.exec(part);
  if (!split) return undefined;
  const headers = part.slice(0, split.index);
  const name = /content-disposition:[^\r\n]*\bname="([^"]*)"/i.exec(headers)?.[1];
  return name === undefined ? undefined : { name, value: part.slice(split.index + split[0].length) };
}

/**
 * Reads the text fields of a multipart/form-data body, in order; lenient about LF-only line breaks. Answers
 * `undefined` when the body has no part delimited by the boundary.
 */
export function decodeMultipart(body: string, boundary: string): FormField[] | undefined {
  const delimiter = `--${boundary}`;
  const chunks = body.split(delimiter);
  if (chunks.length < 2) return undefined;
  const fields: FormField[] = [];
  for (const chunk of chunks.slice(1)) {
    if (chunk.startsWith('--')) break;
    const part = chunk.replace(/^\r?\n/, '').replace(/\r?\n$/, '');
    const field = fieldOf(part);
    if (field) fields.push(field);
  }
  return fields;
}
