import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ExternalServiceError } from '../errors/errors';
import { forwardHttp } from './forward-http';

describe('forwardHttp', () => {
  let server: Server;
  let url: string;

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        response.writeHead(201, { 'content-type': 'text/plain', 'x-seen-method': request.method ?? '' });
        response.end(`${request.headers['x-test'] ?? ''}:${body}`);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/echo`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sends the method, headers and body and answers status, headers and text', async () => {
    const response = await forwardHttp(url, { method: 'POST', headers: { 'x-test': 'hello' }, body: 'a=1' });
    expect(response).toMatchObject({ status: 201, body: 'hello:a=1' });
    expect(response.headers['x-seen-method']).toBe('POST');
  });

  it('throws a retryable ExternalServiceError when nothing listens', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const failure = forwardHttp(`http://127.0.0.1:${port}/`, { method: 'GET', timeoutMs: 2000 });
    await expect(failure).rejects.toBeInstanceOf(ExternalServiceError);
    await expect(failure).rejects.toMatchObject({ retryable: true });
  });
});
