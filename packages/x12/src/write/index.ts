export * from './segment-writer';
export * from './control-number.sequence';
export * from './envelope.writer';
