import { ExternalServiceError, type PluginHttpRequest, type PluginHttpResponse } from '@openrcm/sdk';

/**
 * The harness's `http` answer for these tests: forwards the plugin's request to the real fake server over `fetch`,
 * with the request's timeout, and reports network failures and timeouts as core's plugin HTTP client does
 * (a retryable ExternalServiceError).
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
    throw new ExternalServiceError(`${request.method ?? 'GET'} ${new URL(url).host} ${reason}`, 'eligibility-availity', true);
  }
}
