import { Migration } from '@mikro-orm/migrations';

/** Per-organization enabling of plugins: `enabled` (null follows the installation), settings optional. */
export class Migration20261123030000PluginEnablement extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "plugin_setting" add column "enabled" boolean null;`);
    this.addSql(`alter table "plugin_setting" alter column "settings" drop not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`update "plugin_setting" set "settings" = '{}'::jsonb where "settings" is null;`);
    this.addSql(`alter table "plugin_setting" alter column "settings" set not null;`);
    this.addSql(`alter table "plugin_setting" drop column "enabled";`);
  }
}
