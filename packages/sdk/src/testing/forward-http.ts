import { ExternalServiceError } from '../errors/errors';
import type { PluginHttpRequest, PluginHttpResponse } from '../plugin/plugin-services';

/**
 * An `http` answer for {@link createPluginHarness} that sends the plugin's requests over the real network (`fetch`
 * with the request's timeout), the way core's plugin HTTP client does: network failures and timeouts are thrown as
 * retryable `ExternalServiceError`s. Use it to test a plugin against a local fake server; the harness still refuses
 * hosts the plugin did not declare.
 * @param url - The URL the plugin asked for.
 * @param request - The plugin's request.
 * @returns The response's status, headers and body text.
 * @public
 */
export async function forwardHttp(url: string, request: PluginHttpRequest): Promise<PluginHttpResponse> {
  const init: RequestInit = { method: request.method ?? 'GET', signal: AbortSignal.timeout(request.timeoutMs ?? 30_000) };
  if (request.headers) init.headers = request.headers;
  if (request.body !== undefined) init.body = request.body;
  try {
    const response = await fetch(url, init);
    return { status: response.status, headers: Object.fromEntries(response.headers.entries()), body: await response.text() };
  } catch (error) {
    const reason = (error as Error).name === 'TimeoutError' ? 'timed out' : (error as Error).message;
    throw new ExternalServiceError(`${request.method ?? 'GET'} ${new URL(url).host} ${reason}`, 'harness', true);
  }
}
