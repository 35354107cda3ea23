/**
 * A growing UTF-8 byte buffer outside the JavaScript heap. Writers append text here instead of
 * keeping one string per segment until the end (which the garbage collector would copy again and
 * again); the result is decoded once.
 */
export class ByteOutput {
  private bytes = Buffer.allocUnsafe(1 << 16);
  private length = 0;

  /** Appends `text` encoded as UTF-8 (lone surrogates become U+FFFD, as `Buffer.from` does). */
  put(text: string): void {
    const n = text.length;
    if (this.length + n * 3 > this.bytes.length) this.grow(n * 3);
    const bytes = this.bytes;
    let pos = this.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c >= 128) {
        pos += bytes.write(text.slice(i), pos, 'utf8');
        break;
      }
      bytes[pos++] = c;
    }
    this.length = pos;
  }

  /** Number of bytes written. */
  get byteLength(): number {
    return this.length;
  }

  /** The text written so far. */
  toString(): string {
    return this.bytes.toString('utf8', 0, this.length);
  }

  private grow(extra: number): void {
    let size = this.bytes.length * 2;
    while (size < this.length + extra) size *= 2;
    const next = Buffer.allocUnsafe(size);
    this.bytes.copy(next, 0, 0, this.length);
    this.bytes = next;
  }
}
