import type { Segment } from '../tokenizer';
import type { Report } from './element-checks';

const PARENT_LEVEL: Record<string, string | undefined> = { '20': undefined, '22': '20', '23': '22' };

/** Checks the HL hierarchy: sequential ids, existing parents of the right level, HL04 child codes. */
export class HierarchyChecker {
  private readonly levels = new Map<string, string>();
  private count = 0;
  private previous: { id: string; hasChild: string } | undefined;

  constructor(private readonly report: Report) {}

  /** Checks one HL and returns its level code. */
  hl(seg: Segment): string {
    const [, id = '', parent = '', level = '', hasChild = ''] = seg.elements;
    this.count++;
    if (id !== String(this.count)) this.report('HL_OUT_OF_SEQUENCE', `HL01 is ${id}, expected ${this.count}`, seg, 1);
    if (!(level in PARENT_LEVEL)) this.report('INVALID_CODE', `HL03 "${level}" is not an 837P level (20, 22, 23)`, seg, 3);
    this.checkParent(seg, parent, level);
    this.checkPreviousChild(seg, parent);
    this.levels.set(id, level);
    this.previous = { id, hasChild };
    return level;
  }

  private checkParent(seg: Segment, parent: string, level: string): void {
    const expected = PARENT_LEVEL[level];
    if (!expected) {
      if (parent) this.report('HL_PARENT_INVALID', `HL02 must be empty for a level ${level} HL`, seg, 2);
      return;
    }
    const parentLevel = this.levels.get(parent);
    if (parentLevel === undefined) this.report('HL_PARENT_NOT_FOUND', `HL02 ${parent || '(empty)'} names no earlier HL`, seg, 2);
    else if (parentLevel !== expected) this.report('HL_PARENT_INVALID', `HL02 ${parent} is a level ${parentLevel} HL; a level ${level} HL needs a level ${expected} parent`, seg, 2);
  }

  private checkPreviousChild(seg: Segment, parent: string): void {
    const prev = this.previous;
    if (!prev) return;
    const isChild = parent === prev.id;
    if (prev.hasChild === '0' && isChild) this.report('HL_CHILD_CODE', `HL ${prev.id} says it has no child (HL04 = 0) but HL ${seg.elements[1]} is its child`, seg, 2);
    if (prev.hasChild === '1' && !isChild) this.report('HL_CHILD_CODE', `HL ${prev.id} says it has a child (HL04 = 1) but the next HL is not its child`, seg, 2);
  }

  /** At SE: the last HL may not announce a child. */
  finish(se: Segment | undefined): void {
    if (this.previous?.hasChild === '1' && se) this.report('HL_CHILD_CODE', `HL ${this.previous.id} says it has a child (HL04 = 1) but none follows`, se);
    if (![...this.levels.values()].includes('20') && se) this.report('MISSING_LOOP', 'No billing provider level (HL 20)', se);
  }
}
