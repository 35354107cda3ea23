import { ValidationError, type ValidationIssue } from '@openrcm/sdk';

/**
 * Settings an administrator saved that fail the plugin's schema: the request was well-formed but its content is
 * refused, so the API answers 422, each field named by its dotted path within the settings (`clientSecret.env`;
 * empty for the settings as a whole) so a form can show each message on its field.
 */
export class PluginSettingsError extends ValidationError {
  constructor(pluginId: string, issues: readonly ValidationIssue[]) {
    const prefix = `plugins.${pluginId}.settings`;
    super(issues.map((issue) => ({ field: issue.field === prefix ? '' : issue.field.replace(`${prefix}.`, ''), message: issue.message })));
  }
}
