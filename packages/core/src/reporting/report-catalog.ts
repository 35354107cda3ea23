import { Injectable } from '@nestjs/common';
import { ConflictError, NotFoundError, type ReportDefinition } from '@openrcm/sdk';
import { PluginHost } from '../plugins/plugin-host.service';

/** A report an organization can run: the definition and the plugin that contributed it. */
export interface CatalogedReport {
  readonly pluginId: string;
  readonly definition: ReportDefinition;
}

/** The reports of an organization: every `report-definition` its enabled plugins contribute, in plugin order. */
@Injectable()
export class ReportCatalog {
  constructor(private readonly plugins: PluginHost) {}

  list(organizationId: string): CatalogedReport[] {
    return this.plugins
      .loaded()
      .flatMap((plugin) =>
        this.plugins.contributionsOf(organizationId, plugin.definition.id, 'report-definition').map((definition) => ({ pluginId: plugin.definition.id, definition })),
      );
  }

  /** The report with this id; a NotFoundError when none, a ConflictError naming the plugins when two share the id. */
  find(organizationId: string, reportId: string): CatalogedReport {
    const found = this.list(organizationId).filter((report) => report.definition.id === reportId);
    if (found.length === 0) throw new NotFoundError('report', reportId);
    if (found.length > 1) {
      throw new ConflictError(`the report id "${reportId}" is contributed by more than one plugin (${found.map((report) => report.pluginId).join(', ')}): disable one`);
    }
    return found[0] as CatalogedReport;
  }
}
