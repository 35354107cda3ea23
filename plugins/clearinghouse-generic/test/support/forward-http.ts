import { ExternalServiceError, type PluginHttpRequest, type PluginHttpResponse } from '@openrcm/sdk';

/**
 * The harness's HTTP answered by the real network, the way core's plugin HTTP client does it (fetch with a timeout;
 * network failures and timeouts thrown as retryable ExternalServiceErrors), so tests reach the simulator's fake.
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
