import type { Readable } from 'node:stream';
import { EnvelopeTracker } from '../envelope';
import type { X12Error } from '../errors';
import { X12ParseError } from '../errors';
import type { ReadOptions } from '../read';
import type { Delimiters, Segment, SegmentSink } from '../tokenizer';
import { tokenize, tokenizeStream } from '../tokenizer';
import { DocumentCollector } from './document.collector';
import type { X12Document } from './x12-document.types';

function pipeline(options: ReadOptions) {
  const errors: X12Error[] = [];
  const report = (e: X12Error) => errors.push(e);
  const collector = new DocumentCollector();
  const tracker = new EnvelopeTracker(collector, report, options);
  const sink: SegmentSink = {
    segment(seg: Segment, d: Delimiters) {
      if (seg.id === 'ISA') collector.noteDelimiters(d);
      tracker.segment(seg, d);
    },
  };
  const done = (segmentCount: number): X12Document => {
    tracker.finish();
    const doc = { ...collector.document(), errors, segmentCount };
    if (options.mode === 'strict' && errors.some((e) => e.severity === 'error')) throw new X12ParseError(errors);
    return doc;
  };
  return { sink, report, done };
}

/** Parses any X12 file in memory into envelopes and raw segments, checking the envelopes. */
export function parseX12(input: Buffer | string, options: ReadOptions = {}): X12Document {
  const p = pipeline(options);
  return p.done(tokenize(input, p.sink, p.report));
}

/** Parses any X12 stream into envelopes and raw segments (keeps every segment: use typed stream readers for huge files). */
export async function parseX12Stream(stream: Readable, options: ReadOptions = {}): Promise<X12Document> {
  const p = pipeline(options);
  return p.done(await tokenizeStream(stream, p.sink, p.report));
}
