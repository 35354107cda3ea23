import { httpProblem, retryAfterMs } from './http-outcome';

const NOW = new Date('2026-01-15T15:00:00Z');
const response = (status: number, headers: Record<string, string> = {}) => ({ status, headers, body: '' });

describe('HTTP outcomes', () => {
  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterMs('7', NOW)).toBe(7000);
    expect(retryAfterMs('Thu, 15 Jan 2026 15:00:30 GMT', NOW)).toBe(30_000);
    expect(retryAfterMs('soon', NOW)).toBeUndefined();
    expect(retryAfterMs(undefined, NOW)).toBeUndefined();
  });

  it('makes 429 and 5xx retryable exceptions with the server\'s delay, whatever the header case', () => {
    expect(httpProblem(response(429, { 'Retry-After': '12' }), NOW)).toEqual({ status: 'EXCEPTION', message: 'the clearinghouse is rate limiting (HTTP 429)', retryable: true, retryAfterMs: 12_000 });
    expect(httpProblem(response(503, { 'retry-after': '5' }), NOW)).toEqual({ status: 'EXCEPTION', message: 'the clearinghouse failed (HTTP 503)', retryable: true, retryAfterMs: 5000 });
  });

  it('makes refused credentials and redirects non-retryable, and leaves 200 and other 4xx to the envelope', () => {
    expect(httpProblem(response(401), NOW)).toMatchObject({ retryable: false, message: 'the clearinghouse refused the credentials (HTTP 401)' });
    expect(httpProblem(response(302), NOW)).toMatchObject({ retryable: false, message: 'unexpected HTTP 302 from the clearinghouse' });
    expect(httpProblem(response(200), NOW)).toBeUndefined();
    expect(httpProblem(response(400), NOW)).toBeUndefined();
  });
});
