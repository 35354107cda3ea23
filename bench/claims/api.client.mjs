// A tiny REST client for the bench: the organization's API under /api/organizations/:id, with an API key.

/** Calls the API; any status other than `expect` throws with the problem details. */
export function apiClient(origin, organizationId, secret) {
  const base = `${origin}/api/organizations/${organizationId}`;
  async function call(method, path, body, { expect = [200, 201], contentType = 'application/json', root = false } = {}) {
    const response = await fetch(`${root ? `${origin}/api` : base}${path}`, {
      method,
      headers: { authorization: `Bearer ${secret}`, ...(body === undefined ? {} : { 'content-type': contentType }) },
      body: body === undefined ? undefined : contentType === 'application/json' ? JSON.stringify(body) : body,
    });
    const text = await response.text();
    const parsed = text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
    if (!expect.includes(response.status)) throw new Error(`${method} ${path} answered ${response.status}: ${typeof parsed === 'string' ? parsed : JSON.stringify(parsed)}`);
    return parsed;
  }
  return {
    post: (path, body = {}) => call('POST', path, body),
    put: (path, body) => call('PUT', path, body),
    patch: (path, body, options) => call('PATCH', path, body, options),
    get: (path) => call('GET', path),
    upload: (path, contentType, text) => call('POST', path, text, { contentType }),
  };
}
