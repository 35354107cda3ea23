import { TransportError } from '@openrcm/file-transport';
import { OperationResults, type AgencyFileOutcome, type Clock, type OperationException, type OperationSuccess, type PluginLogger } from '@openrcm/sdk';
import { readActivityFile } from './activity.reader';
import type { AgencyDelivery } from './agency-delivery';
import type { FileLayout } from './layouts';

/**
 * Takes the agency's activity files from the inbound directory: each file is read by the layout's rules and moved
 * out of the inbox — to the processed directory when read, to the refused directory when refused — so none is read
 * twice. A file's outcome is returned only once it has been moved.
 */
export class ActivityInbox {
  constructor(
    private readonly delivery: AgencyDelivery,
    private readonly layout: FileLayout,
    private readonly clock: Clock,
    private readonly logger: PluginLogger,
  ) {}

  /**
   * The outcome of every file in the inbox, in name order. A transport failure before any file was moved is an
   * `EXCEPTION`; one after answers the files already moved (the rest wait for the next call) and is logged.
   */
  async take(): Promise<OperationSuccess<readonly AgencyFileOutcome[]> | OperationException> {
    const outcomes: AgencyFileOutcome[] = [];
    try {
      const session = await this.delivery.transport.open();
      try {
        await this.takeAll(session, outcomes);
      } finally {
        await session.close();
      }
    } catch (error) {
      if (!(error instanceof TransportError)) throw error;
      if (outcomes.length === 0) return OperationResults.exception(error.message, error.retryable);
      this.logger.warn('stopped taking agency files; the rest wait for the next fetch', { taken: outcomes.length, error: error.message });
    }
    return OperationResults.success(outcomes);
  }

  private async takeAll(session: Awaited<ReturnType<AgencyDelivery['transport']['open']>>, outcomes: AgencyFileOutcome[]): Promise<void> {
    const { directories } = this.delivery;
    const inbound = session.directory(directories.inbound, 'inbound');
    const processed = session.directory(directories.processed, 'processed');
    const refused = session.directory(directories.refused, 'refused');
    for (const fileName of await inbound.list()) {
      const content = await inbound.read(fileName);
      const outcome = readActivityFile(this.layout, { fileName, content }, this.clock.today());
      const movedTo = await session.move(inbound, fileName, outcome.status === 'read' ? processed : refused);
      outcomes.push(outcome);
      if (outcome.status === 'read') this.logger.info('agency file read', { file: fileName, activities: outcome.activity.length, movedTo });
      else this.logger.warn('agency file refused', { file: fileName, issues: outcome.issues.length, movedTo });
    }
  }
}
