import { tokenize, type Segment, type X12Error } from '@openrcm/x12';

/** Where one CLM sits in the file: what a person needs to find it, and the hierarchy it belongs to. */
export interface ClaimPosition {
  /** 0-based index of the CLM segment in the file (ISA is 0). */
  readonly segmentIndex: number;
  readonly byteOffset: number;
  /** CLM01 as written. */
  readonly patientControlNumber: string;
  /** The HL segments (billing provider, subscriber, patient) the claim sits under. */
  readonly hierarchy: readonly number[];
}

/** The CLM segments of a file with the findings of the reader that fall on each claim (its loops, or the HL loops above it). */
export interface ClaimLayout {
  readonly claims: readonly ClaimPosition[];
  /** Findings by CLM segment index. */
  readonly errorsByClaim: ReadonlyMap<number, readonly X12Error[]>;
  /** Findings outside every claim and its hierarchy (envelope, header): they concern the whole file. */
  readonly fileErrors: readonly X12Error[];
}

/** Who owns the segments that follow a boundary: the file, an HL loop (by its segment index), or a claim. */
type Owner = { readonly kind: 'file' } | { readonly kind: 'hl'; readonly index: number } | { readonly kind: 'claim'; readonly index: number };

const FILE_SEGMENTS = new Set(['ISA', 'GS', 'ST', 'SE', 'GE', 'IEA']);

/**
 * Finds each CLM of an 837P file and hands every error the reader reported to the claim it falls on: a segment of the
 * claim's own loops (CLM to the next CLM, HL or SE), or of an HL loop above it (billing provider, subscriber,
 * patient — an error there concerns every claim under it). Errors anywhere else concern the file.
 */
export function layoutClaims(input: string, errors: readonly X12Error[]): ClaimLayout {
  const claims: ClaimPosition[] = [];
  const boundaries: { readonly start: number; readonly owner: Owner }[] = [];
  const levels: { id: string; index: number }[] = [];
  tokenize(
    input,
    {
      segment: (segment: Segment) => {
        if (FILE_SEGMENTS.has(segment.id)) {
          boundaries.push({ start: segment.index, owner: { kind: 'file' } });
          if (segment.id === 'ST') levels.length = 0;
        } else if (segment.id === 'HL') {
          const parent = segment.elements[2] ?? '';
          while (levels.length > 0 && levels[levels.length - 1]?.id !== parent) levels.pop();
          levels.push({ id: segment.elements[1] ?? '', index: segment.index });
          boundaries.push({ start: segment.index, owner: { kind: 'hl', index: segment.index } });
        } else if (segment.id === 'CLM') {
          claims.push({ segmentIndex: segment.index, byteOffset: segment.byteOffset, patientControlNumber: segment.elements[1] ?? '', hierarchy: levels.map((level) => level.index) });
          boundaries.push({ start: segment.index, owner: { kind: 'claim', index: segment.index } });
        }
      },
    },
    () => undefined,
  );
  const errorsByClaim = new Map<number, X12Error[]>();
  const fileErrors: X12Error[] = [];
  for (const error of errors.filter((candidate) => candidate.severity === 'error')) {
    const owner = error.segmentIndex === undefined ? undefined : ownerAt(boundaries, error.segmentIndex);
    const owners = owner === undefined || owner.kind === 'file' ? [] : owner.kind === 'claim' ? [owner.index] : claims.filter((claim) => claim.hierarchy.includes(owner.index)).map((claim) => claim.segmentIndex);
    if (owners.length === 0) fileErrors.push(error);
    for (const index of owners) errorsByClaim.set(index, [...(errorsByClaim.get(index) ?? []), error]);
  }
  return { claims, errorsByClaim, fileErrors };
}

/** The owner of the last boundary at or before `segmentIndex` (boundaries are in file order). */
function ownerAt(boundaries: readonly { readonly start: number; readonly owner: Owner }[], segmentIndex: number): Owner | undefined {
  let low = 0;
  let high = boundaries.length - 1;
  let found: Owner | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const boundary = boundaries[middle] as { readonly start: number; readonly owner: Owner };
    if (boundary.start <= segmentIndex) {
      found = boundary.owner;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** `segment 41 (CLM, byte 1100)`: where a claim is, as a person reads it. */
export function describePosition(position: Pick<ClaimPosition, 'segmentIndex' | 'byteOffset'>): string {
  return `segment ${position.segmentIndex} (CLM, byte ${position.byteOffset})`;
}
