import { randomUUID } from 'node:crypto';
import { ExternalServiceError, OperationResults, type Clock, type OperationResult, type PluginHttpClient, type SecretResolver } from '@openrcm/sdk';
import { coreRequestFields, coreTimeStamp, PAYLOAD_TYPES, readCoreResponse } from './core-envelope';
import { payloadOf } from './envelope-outcome';
import { headerOf, httpProblem } from './http-outcome';
import { boundaryOf, decodeMultipart, encodeMultipart, type FormField } from './multipart.codec';
import type { RealTimeSettings } from './realtime-settings.schema';

/** The services the client uses, from the plugin's context. */
export interface CoreRealtimeClientServices {
  readonly http: PluginHttpClient;
  readonly secrets: SecretResolver;
  readonly clock: Clock;
}

/** Which real-time exchange: 270/271 or 276/277. */
export type RealtimeKind = keyof typeof PAYLOAD_TYPES;

/**
 * One real-time exchange with a CAQH CORE (vC2.2.0) receiver over HTTP MIME multipart: posts the request envelope
 * with the X12 payload and answers the X12 of the response envelope, or why there is none.
 */
export class CoreRealtimeClient {
  constructor(
    private readonly settings: RealTimeSettings,
    private readonly services: CoreRealtimeClientServices,
  ) {}

  /** Sends `x12` as the request of `kind`; `SUCCESS` carries the answer's X12 text. */
  async exchange(kind: RealtimeKind, x12: string): Promise<OperationResult<string>> {
    const types = PAYLOAD_TYPES[kind];
    const boundary = `openrcm-${randomUUID()}`;
    const body = encodeMultipart(this.fields(types.request, x12), boundary);
    const headers = { 'content-type': `multipart/form-data; boundary=${boundary}`, accept: 'multipart/form-data', ...this.authorization() };
    try {
      const response = await this.services.http.request(this.settings.endpointUrl, { method: 'POST', headers, body, timeoutMs: this.settings.timeoutMs });
      const problem = httpProblem(response, this.services.clock.now());
      if (problem) return problem;
      const responseBoundary = boundaryOf(headerOf(response, 'content-type'));
      const fields = responseBoundary === undefined ? undefined : decodeMultipart(response.body, responseBoundary);
      if (!fields) return OperationResults.exception(`the answer (HTTP ${response.status}) is not a CORE MIME multipart envelope`, false);
      return payloadOf(readCoreResponse(fields), types.response);
    } catch (error) {
      if (error instanceof ExternalServiceError) return OperationResults.exception(error.message, error.retryable, error.retryAfterMs);
      throw error;
    }
  }

  private fields(payloadType: string, payload: string): FormField[] {
    const { auth } = this.settings;
    return coreRequestFields({
      payloadType,
      payloadId: randomUUID(),
      timeStamp: coreTimeStamp(this.services.clock.now()),
      senderId: this.settings.senderId,
      receiverId: this.settings.receiverId,
      payload,
      checksum: this.settings.checksum,
      ...(auth.type === 'envelope' ? { credentials: { userName: auth.username, password: this.services.secrets.resolve(auth.password) } } : {}),
    });
  }

  private authorization(): Record<string, string> {
    const { auth } = this.settings;
    if (auth.type === 'basic') {
      const pair = `${auth.username}:${this.services.secrets.resolve(auth.password)}`;
      return { authorization: `Basic ${Buffer.from(pair, 'utf8').toString('base64')}` };
    }
    if (auth.type === 'bearer') return { authorization: `Bearer ${this.services.secrets.resolve(auth.token)}` };
    return {};
  }
}
