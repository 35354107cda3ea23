import type { Segment } from '../tokenizer';
import { LOOP_ORDER } from './x12-837p.rules';

/** Loop families the validator distinguishes. */
export type Loop837P = 'HEADER' | '1000' | '2000A' | '2000B' | '2000C' | '2010A' | '2010B' | '2010C' | '2300' | '2310' | '2320' | '2330' | '2400' | '2410' | '2420' | '2430' | '2440';

const ORDER_TABLE: Record<Loop837P, string> = {
  HEADER: 'HEADER', '1000': '1000', '2000A': '2000A', '2000B': '2000B', '2000C': '2000C', '2010A': 'NAME', '2010B': 'NAME', '2010C': 'NAME',
  '2300': '2300', '2310': 'NAME', '2320': '2320', '2330': '2330', '2400': '2400', '2410': '2410', '2420': 'NAME', '2430': '2430', '2440': '2440',
};

/** Which loop a segment starts, given the loop it follows; `undefined` when it stays in the current loop. */
export function loopStartedBy(seg: Segment, current: Loop837P, hlLevel: string): Loop837P | undefined {
  switch (seg.id) {
    case 'HL': return hlLevel === '20' ? '2000A' : hlLevel === '22' ? '2000B' : '2000C';
    case 'CLM': return '2300';
    case 'LX': return '2400';
    case 'LIN': return '2410';
    case 'SVD': return '2430';
    case 'LQ': return '2440';
    case 'SBR': return current === '2300' || current === '2310' || current === '2320' || current === '2330' ? '2320' : undefined;
    case 'NM1': return nameLoop(current);
    default: return undefined;
  }
}

function nameLoop(current: Loop837P): Loop837P | undefined {
  switch (current) {
    case 'HEADER': case '1000': return '1000';
    case '2000A': case '2010A': return '2010A';
    case '2000B': case '2010B': return '2010B';
    case '2000C': case '2010C': return '2010C';
    case '2300': case '2310': return '2310';
    case '2320': case '2330': return '2330';
    case '2400': case '2410': case '2420': return '2420';
    default: return undefined;
  }
}

/** Tracks the current loop and the rank of the last segment to detect segments out of order. */
export class LoopTracker {
  loop: Loop837P = 'HEADER';
  private lastRank = -1;

  /** Moves to the loop `seg` starts (if any); returns true when `seg` is out of order in its loop. */
  advance(seg: Segment, hlLevel: string): boolean {
    const next = loopStartedBy(seg, this.loop, hlLevel);
    if (next) {
      this.loop = next;
      this.lastRank = -1;
    }
    const rank = LOOP_ORDER[ORDER_TABLE[this.loop]]?.[seg.id];
    if (rank === undefined) return false;
    const outOfOrder = rank < this.lastRank;
    this.lastRank = Math.max(this.lastRank, rank);
    return outOfOrder;
  }
}
