import {
  ExternalServiceError,
  ForbiddenError,
  isHostAllowed,
  ValidationError,
  type PluginHttpClient,
  type PluginHttpRequest,
  type PluginHttpResponse,
} from '@openrcm/sdk';
import type { Logger } from 'pino';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * HTTP for plugins over `fetch`: only to the hosts the plugin declared (an attempt at another is refused and logged
 * with the plugin's id), TLS required except to loopback (simulators, tests), a timeout on every request, and network
 * failures reported as retryable {@link ExternalServiceError}s naming the plugin.
 */
export class PluginHttp implements PluginHttpClient {
  constructor(
    private readonly pluginId: string,
    private readonly hosts: readonly string[],
    private readonly logger: Logger,
  ) {}

  async request(url: string, request: PluginHttpRequest = {}): Promise<PluginHttpResponse> {
    const target = parseUrl(url);
    if (!isHostAllowed(target, this.hosts)) {
      this.logger.warn({ plugin: this.pluginId, host: target.host }, 'plugin HTTP call refused: host not declared');
      throw new ForbiddenError(`plugin "${this.pluginId}" may not call ${target.host}: declare it in capabilities.http.hosts`);
    }
    if (target.protocol !== 'https:' && !(target.protocol === 'http:' && LOOPBACK_HOSTS.has(target.hostname))) {
      throw new ValidationError([{ field: 'url', message: `plugin "${this.pluginId}" may only call https URLs (got ${target.protocol}//${target.host})` }]);
    }
    const init: RequestInit = { method: request.method ?? 'GET', signal: AbortSignal.timeout(request.timeoutMs ?? DEFAULT_TIMEOUT_MS) };
    if (request.headers) init.headers = request.headers;
    if (request.body !== undefined) init.body = request.body;
    try {
      const response = await fetch(target, init);
      return { status: response.status, headers: Object.fromEntries(response.headers.entries()), body: await response.text() };
    } catch (error) {
      const reason = (error as Error).name === 'TimeoutError' ? 'timed out' : (error as Error).message;
      throw new ExternalServiceError(`${request.method ?? 'GET'} ${target.host} ${reason}`, this.pluginId, true);
    }
  }
}

function parseUrl(url: string): URL {
  try {
    return new URL(url);
  } catch {
    throw new ValidationError([{ field: 'url', message: `"${url}" is not a URL` }]);
  }
}
