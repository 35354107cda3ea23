import pino, { type Logger } from 'pino';
import type { CoreConfig } from '../config/core-config';

/** Injection token of the root pino logger. */
export const ROOT_LOGGER = Symbol('ROOT_LOGGER');

/**
 * Header and body paths that may carry credentials or PHI; they are never written to logs.
 * Request and response bodies are not logged at all.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.secret',
  '*.token',
];

/** The root logger: JSON lines on stdout, credentials redacted. */
export function createRootLogger(level: CoreConfig['logLevel'], destination?: pino.DestinationStream): Logger {
  return pino({ level, base: { service: 'openrcm' }, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, destination);
}
