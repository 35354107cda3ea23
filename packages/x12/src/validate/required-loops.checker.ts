import type { Segment } from '../tokenizer';
import type { Report } from './element-checks';
import { NAME_ENTITIES } from './x12-837p.rules';

interface LevelState {
  hl: Segment;
  level: string;
  seen: Set<string>;
  subscriberIsPatient: boolean;
}

const REQUIRED: Record<string, [string, string][]> = {
  '20': [['NM1*85', 'Billing provider name (2010AA NM1*85)'], ['85:N3', 'Billing provider address (N3)'], ['85:N4', 'Billing provider city/state/ZIP (N4)'], ['85:REF', 'Billing provider tax id (REF*EI or REF*SY)']],
  '22': [['SBR', 'Subscriber information (SBR)'], ['NM1*IL', 'Subscriber name (2010BA NM1*IL)'], ['NM1*PR', 'Payer name (2010BB NM1*PR)']],
  '23': [['PAT', 'Patient information (PAT)'], ['NM1*QC', 'Patient name (2010CA NM1*QC)'], ['QC:N3', 'Patient address (N3)'], ['QC:N4', 'Patient city/state/ZIP (N4)'], ['QC:DMG', 'Patient demographics (DMG)']],
};

/** Checks that each HL level holds its required segments (before its first claim or next HL). */
export class RequiredLoopsChecker {
  private state: LevelState | undefined;
  private nameEntity = '';

  constructor(private readonly report: Report) {}

  /** Starts a new HL level (closing the previous one). */
  hl(seg: Segment, level: string): void {
    this.close();
    this.state = { hl: seg, level, seen: new Set(), subscriberIsPatient: false };
    this.nameEntity = '';
  }

  /** Notes a segment of the current level (segments of the 2300 claim are not passed). */
  segment(seg: Segment): void {
    const s = this.state;
    if (!s) return;
    if (seg.id === 'NM1') return this.nm1(seg, s);
    if (seg.id === 'SBR') s.subscriberIsPatient = seg.elements[2] === '18';
    if (seg.id === 'PAT' && s.level === '23' && !seg.elements[1]) this.report('MISSING_ELEMENT', 'PAT01 is required in the patient loop', seg, 1);
    if (seg.id === 'REF' && this.nameEntity === '85' && !['EI', 'SY'].includes(seg.elements[1] ?? '')) return;
    s.seen.add(seg.id);
    if (this.nameEntity) s.seen.add(`${this.nameEntity}:${seg.id}`);
  }

  private nm1(seg: Segment, s: LevelState): void {
    const entity = seg.elements[1] ?? '';
    this.nameEntity = entity;
    s.seen.add(`NM1*${entity}`);
    const allowed = NAME_ENTITIES[s.level === '20' ? '2000A' : s.level === '22' ? '2000B' : '2000C'] ?? [];
    if (!allowed.includes(entity)) this.report('INVALID_CODE', `NM101 "${entity}" is not allowed in this loop (expected ${allowed.join(', ')})`, seg, 1);
  }

  /** Closes the current level: reports what it lacks. */
  close(): void {
    const s = this.state;
    if (!s) return;
    this.state = undefined;
    for (const [key, what] of REQUIRED[s.level] ?? []) {
      const [entity] = key.split(':');
      if (key.includes(':') && !s.seen.has(`NM1*${entity}`)) continue;
      if (!s.seen.has(key)) this.report('MISSING_SEGMENT', `${what} is required in the loop of HL ${s.hl.elements[1]}`, s.hl);
    }
    if (s.level === '22' && s.subscriberIsPatient && !s.seen.has('IL:DMG')) {
      this.report('MISSING_SEGMENT', `Subscriber demographics (DMG) are required when the subscriber is the patient (HL ${s.hl.elements[1]})`, s.hl);
    }
  }
}
