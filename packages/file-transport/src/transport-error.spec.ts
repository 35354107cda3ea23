import { TransportError, transportErrorOf } from './transport-error';

describe('transportErrorOf', () => {
  it('makes network and busy conditions retryable and names the code, not the cause', () => {
    const error = transportErrorOf('listing the inbox directory', Object.assign(new Error('connect ECONNREFUSED 10.0.0.1'), { code: 'ECONNREFUSED' }));
    expect([error.message, error.retryable]).toEqual(['listing the inbox directory failed (ECONNREFUSED)', true]);
  });

  it('makes a missing directory or a refused permission final', () => {
    expect(transportErrorOf('x', Object.assign(new Error('/secret/path'), { code: 'ENOENT' }))).toMatchObject({ message: 'x failed (ENOENT)', retryable: false });
    expect(transportErrorOf('x', new Error('no code'))).toMatchObject({ message: 'x failed', retryable: false });
  });

  it('passes a TransportError through', () => {
    const original = new TransportError('already said', true);
    expect(transportErrorOf('x', original)).toBe(original);
  });
});
