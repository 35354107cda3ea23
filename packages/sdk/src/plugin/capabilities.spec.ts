import { ForbiddenError } from '../errors/errors';
import { allowedHosts, assertEventDeclared, isHostAllowed } from './capabilities';

describe('plugin capabilities', () => {
  it.each([
    ['https://api.availity.com/v1/coverages', ['api.availity.com'], true],
    ['https://API.Availity.com/x', ['api.availity.com'], true],
    ['https://evil.com/?api.availity.com', ['api.availity.com'], false],
    ['https://sandbox.availity.com/x', ['*.availity.com'], true],
    ['https://availity.com/x', ['*.availity.com'], false],
    ['https://api.availity.com.evil.com/x', ['*.availity.com'], false],
    ['http://127.0.0.1:4010/coverages', ['127.0.0.1:4010'], true],
    ['http://127.0.0.1:4011/coverages', ['127.0.0.1:4010'], false],
    ['https://api.availity.com:8443/x', ['api.availity.com'], true],
  ])('%s against %j: %s', (url, hosts, allowed) => {
    expect(isHostAllowed(new URL(url), hosts)).toBe(allowed);
  });

  it('derives hosts from settings', () => {
    const capabilities = { http: { hosts: (settings: { baseUrl: string }) => [new URL(settings.baseUrl).host] } };
    expect(allowedHosts(capabilities, { baseUrl: 'https://api.example.com/v1' })).toEqual(['api.example.com']);
    expect(allowedHosts(undefined, {})).toEqual([]);
  });

  it('refuses undeclared events', () => {
    expect(() => assertEventDeclared('p', { events: [] }, 'organization.created')).toThrow(ForbiddenError);
    expect(() => assertEventDeclared('p', { events: ['organization.created'] }, 'organization.created')).not.toThrow();
  });
});
