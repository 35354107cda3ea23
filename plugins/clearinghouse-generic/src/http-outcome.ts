import { OperationResults, type OperationException, type PluginHttpResponse } from '@openrcm/sdk';

/** A response header by name, whatever its case. */
export function headerOf(response: PluginHttpResponse, name: string): string | undefined {
  const wanted = name.toLowerCase();
  return Object.entries(response.headers).find(([key]) => key.toLowerCase() === wanted)?.[1];
}

/** Retry-After (delay-seconds or an HTTP date) in milliseconds from `now`; `undefined` when absent or unreadable. */
export function retryAfterMs(value: string | undefined, now: Date): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

/**
 * What an HTTP status says before the envelope is read: 429 and 5xx are retryable exceptions (with the server's
 * Retry-After), 401/403 a refused credential (not retryable), other statuses outside 2xx–4xx a non-retryable exception.
 * A 200 or another 4xx answers `undefined`: a CORE receiver reports envelope errors in the envelope, so it is read.
 */
export function httpProblem(response: PluginHttpResponse, now: Date): OperationException | undefined {
  const { status } = response;
  const wait = retryAfterMs(headerOf(response, 'retry-after'), now);
  if (status === 429) return OperationResults.exception('the clearinghouse is rate limiting (HTTP 429)', true, wait);
  if (status >= 500) return OperationResults.exception(`the clearinghouse failed (HTTP ${status})`, true, wait);
  if (status === 401 || status === 403) return OperationResults.exception(`the clearinghouse refused the credentials (HTTP ${status})`, false);
  if (status < 200 || (status >= 300 && status < 400)) return OperationResults.exception(`unexpected HTTP ${status} from the clearinghouse`, false);
  return undefined;
}
