/** Largest byte block kept: once full, it is decoded into a string part and written over again. */
const BLOCK_BYTES = 1 << 20;

/**
 * A UTF-8 byte buffer outside the JavaScript heap that writers append text to, instead of keeping
 * one string per segment until the end (which the garbage collector would copy again and again).
 * The block grows up to 1 MiB; each full block is decoded into one string part (large enough to be
 * allocated straight into V8's large-object space, never copied) and reused, so a 50 MB file costs
 * 1 MiB of external memory rather than a chain of doubling buffers (about 128 MB per 50 MB file),
 * whose external-memory pressure made V8 run a full mark-compact of the caller's heap on every call.
 */
export class ByteOutput {
  private bytes = Buffer.allocUnsafe(1 << 16);
  private length = 0;
  private flushed = 0;
  private readonly parts: string[] = [];

  /** Appends `text` encoded as UTF-8 (lone surrogates become U+FFFD, as `Buffer.from` does). */
  put(text: string): void {
    const n = text.length;
    if (this.length + n * 3 > this.bytes.length) this.makeRoom(n * 3);
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

  /** Appends one ASCII character by its code (a separator). */
  putCode(code: number): void {
    if (this.length >= this.bytes.length) this.makeRoom(1);
    this.bytes[this.length++] = code;
  }

  /** Number of bytes written. */
  get byteLength(): number {
    return this.flushed + this.length;
  }

  /**
   * The text written so far. The parts are joined with `+`, which makes V8 link them (a rope) rather than copy them:
   * joining copied the whole text once more into fresh memory, a fifth of the time of writing a 50 MB 837P. A
   * caller that reads the characters has the rope flattened by V8 then, once.
   */
  toString(): string {
    let text = '';
    for (const part of this.parts) text += part;
    return text + this.bytes.toString('utf8', 0, this.length);
  }

  /** Turns a full 1 MiB block into a string part (between two texts, so no character is split), or grows the block. */
  private makeRoom(extra: number): void {
    if (this.bytes.length >= BLOCK_BYTES && this.length > 0) {
      this.parts.push(this.bytes.toString('utf8', 0, this.length));
      this.flushed += this.length;
      this.length = 0;
      if (extra <= this.bytes.length) return;
    }
    let size = this.bytes.length * 2;
    while (size < this.length + extra) size *= 2;
    const next = Buffer.allocUnsafe(size);
    this.bytes.copy(next, 0, 0, this.length);
    this.bytes = next;
  }
}
