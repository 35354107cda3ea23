/** Maps character positions of a decoded block to byte offsets in the original input. */
export class ByteOffsets {
  private lastChar = 0;
  private lastByte: number;

  /**
   * @param text the decoded block
   * @param base byte offset of `text[0]` in the input
   * @param ascii true when every character is one byte (then the mapping is an addition)
   */
  constructor(
    private readonly text: string,
    private readonly base: number,
    private readonly ascii: boolean,
  ) {
    this.lastByte = base;
  }

  /** Byte offset of the character at `charIndex`. */
  at(charIndex: number): number {
    if (this.ascii) return this.base + charIndex;
    if (charIndex < this.lastChar) {
      this.lastChar = 0;
      this.lastByte = this.base;
    }
    this.lastByte += Buffer.byteLength(this.text.slice(this.lastChar, charIndex), 'utf8');
    this.lastChar = charIndex;
    return this.lastByte;
  }

  /** Number of bytes the characters from `charIndex` to the end occupy. */
  bytesFrom(charIndex: number): number {
    return this.ascii ? this.text.length - charIndex : Buffer.byteLength(this.text.slice(charIndex), 'utf8');
  }
}
