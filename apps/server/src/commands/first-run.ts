import type { INestApplicationContext } from '@nestjs/common';
import { OrganizationService, UserService } from '@openrcm/core';
import type { CommandOutput } from './command-output';

/** The first administrator's sign-in name on embedded defaults. */
export const FIRST_ADMIN_EMAIL = 'admin@openrcm.local';

/**
 * On a brand-new embedded database, creates a first organization and its administrator and prints the one-time
 * password, once: it must be changed at first sign-in, and multi-factor enrolment follows.
 */
export async function ensureFirstAdministrator(app: INestApplicationContext, output: CommandOutput): Promise<void> {
  const organizations = app.get(OrganizationService);
  if (await organizations.any()) return;
  const organization = await organizations.create(
    { actor: { type: 'system', id: 'first-run' }, roles: [], correlationId: 'first-run' },
    { name: 'My Practice', timeZone: 'America/New_York' },
  );
  const { oneTimePassword } = await app.get(UserService).createAdmin(organization.id, FIRST_ADMIN_EMAIL, 'Administrator');
  output.info('');
  output.info('First run: created the organization "My Practice" and its administrator.');
  output.info(`  sign in as  ${FIRST_ADMIN_EMAIL}`);
  output.info(`  one-time password  ${oneTimePassword}`);
  output.info('  (shown only now; you will choose a new password and set up an authenticator app at first sign-in)');
}
