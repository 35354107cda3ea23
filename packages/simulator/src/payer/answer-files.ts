import type { ExchangeAnswer } from './exchange.types';

/** One answer file: its name in the answers folder and its content. */
export interface AnswerFile {
  readonly name: string;
  readonly content: string;
}

/**
 * The answer files of an 837P interchange, named after its ISA13 (`base`) so a person can follow them:
 * `<base>.999.x12`, `<base>.277CA.x12`, then `<base>.835.x12`, `<base>.835-2.x12`… (payment 835s first, then the
 * correction 835s holding reversals).
 */
export function answerFiles(base: string, answer: ExchangeAnswer): { immediate: AnswerFile[]; delayed: AnswerFile[] } {
  const immediate: AnswerFile[] = [{ name: `${base}.999.x12`, content: answer.ack999 }];
  if (answer.ack277CA) immediate.push({ name: `${base}.277CA.x12`, content: answer.ack277CA });
  const delayed = answer.remit835.map((r, i) => ({ name: i === 0 ? `${base}.835.x12` : `${base}.835-${i + 1}.x12`, content: r.x12 }));
  return { immediate, delayed };
}

/** A name safe to use as a file name: letters, digits, dot, dash and underscore only. */
export function safeFileName(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_') || '_';
}
