import { TransportError } from '@openrcm/file-transport';
import { ExternalServiceError, type PluginHttpClient, type SecretResolver } from '@openrcm/sdk';
import type { HttpsTransportSettings } from '../transport-settings.schema';
import type { BatchTransport, TransportSession } from './batch-transport';

function authorization(settings: HttpsTransportSettings, secrets: SecretResolver): Record<string, string> {
  const { auth } = settings;
  if (auth.type === 'basic') {
    return { authorization: `Basic ${Buffer.from(`${auth.username}:${secrets.resolve(auth.password)}`, 'utf8').toString('base64')}` };
  }
  if (auth.type === 'bearer') return { authorization: `Bearer ${secrets.resolve(auth.token)}` };
  return {};
}

/** What an HTTP status means for a submission; `undefined` for 2xx. */
export function statusProblem(status: number): TransportError | undefined {
  if (status >= 200 && status < 300) return undefined;
  if (status === 401 || status === 403) return new TransportError(`the clearinghouse refused the credentials (HTTP ${status})`, false);
  if (status === 408 || status === 429 || status >= 500) return new TransportError(`the clearinghouse could not take the batch now (HTTP ${status})`, true);
  return new TransportError(`the clearinghouse refused the batch (HTTP ${status})`, false);
}

/**
 * A raw X12 POST of the 837P (`Content-Type: application/edi-x12`, the file name in `X-File-Name`). There is no
 * outbox to look into and no inbox: answers come back through another channel.
 */
export function httpsTransport(settings: HttpsTransportSettings, http: PluginHttpClient, secrets: SecretResolver): BatchTransport {
  const session: TransportSession = {
    async upload(fileName, x12) {
      const headers = { 'content-type': 'application/edi-x12', 'x-file-name': fileName, ...authorization(settings, secrets) };
      try {
        const response = await http.request(settings.url, { method: 'POST', headers, body: x12, timeoutMs: settings.timeoutMs });
        const problem = statusProblem(response.status);
        if (problem) throw problem;
      } catch (error) {
        if (error instanceof ExternalServiceError) throw new TransportError(`POST of ${fileName} failed: ${error.message}`, error.retryable);
        throw error;
      }
    },
    archive: async () => undefined,
    close: async () => undefined,
  };
  return { type: 'https', receives: false, open: async () => session };
}
