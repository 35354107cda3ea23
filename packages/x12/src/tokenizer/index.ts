export * from './segment';
export * from './tokenizer';
export * from './tokenize';
export { detectIsa, guessDelimiters } from './isa-detector';
export type { IsaDetection } from './isa-detector';
