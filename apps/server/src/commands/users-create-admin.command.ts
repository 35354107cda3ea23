import { createAppContext, OrganizationService, UserService } from '@openrcm/core';
import { toCoreConfig, type LoadedConfig } from '../config/load-config';
import type { CommandOutput } from './command-output';

/** Creates an administrator (and, when asked, the organization they administer) and prints the one-time password. */
export async function createAdministrator(
  loaded: LoadedConfig,
  options: { email: string; name: string; organizationId?: string; organizationName?: string; timeZone: string },
  output: CommandOutput,
): Promise<void> {
  const app = await createAppContext(toCoreConfig({ ...loaded.config, logLevel: 'warn' }, false));
  try {
    const organizations = app.get(OrganizationService);
    const organization = options.organizationId
      ? await organizations.get(options.organizationId)
      : await organizations.create(
          { actor: { type: 'system', id: 'cli' }, roles: [], correlationId: 'cli' },
          { name: options.organizationName ?? 'My Practice', timeZone: options.timeZone },
        );
    const organizationId = organization.id;
    const { user, oneTimePassword } = await app.get(UserService).createAdmin(organizationId, options.email, options.name);
    output.info(`created administrator ${user.email} of organization ${organizationId}`);
    output.info(`  one-time password  ${oneTimePassword}`);
    output.info('  (shown only now; it must be changed at first sign-in, then an authenticator app is set up)');
  } finally {
    await app.close();
  }
}
