import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { createServer } from '@openrcm/core';

type Server = Awaited<ReturnType<typeof createServer>>;

interface AdminRequest {
  readonly method: string;
  readonly path: string;
}
interface AdminResponse {
  status(code: number): AdminResponse;
  type(type: string): AdminResponse;
  set(field: string, value: string): AdminResponse;
  send(body: string): void;
  sendFile(path: string): void;
}

/** Where the admin app's build lands (`apps/admin/dist`, from `npm run build`), seen from this file's dist folder. */
export const ADMIN_APP_DIST = resolve(__dirname, '../../admin/dist');

export const ADMIN_APP_MISSING_HINT =
  'The admin app is not built: run `npm run build` (or `npx turbo run build --filter=@openrcm/admin`) and restart the server.\n';

/**
 * Serves the admin app's static files under /admin, with index.html for every other GET under /admin (the app routes
 * in the browser). Without a build, /admin answers 404 with a hint and the API works as usual. Returns whether the
 * app is served.
 */
export function serveAdminApp(app: Server, dist: string = ADMIN_APP_DIST): boolean {
  const index = join(dist, 'index.html');
  if (!existsSync(index)) {
    app.use('/admin', (_request: AdminRequest, response: AdminResponse) => {
      response.status(404).type('text/plain').send(ADMIN_APP_MISSING_HINT);
    });
    return false;
  }
  app.useStaticAssets(dist, { prefix: '/admin', index: false, immutable: true, maxAge: '365d', fallthrough: true });
  app.use('/admin', (request: AdminRequest, response: AdminResponse, next: () => void) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    if (request.path.startsWith('/assets/')) return void response.status(404).type('text/plain').send('Not found\n');
    response.set('Cache-Control', 'no-cache').sendFile(index);
  });
  return true;
}
