import type { Logger } from 'pino';

/**
 * Runs `tick` every `intervalMs`, or at once when nudged, never two ticks at a time. `stop` waits for the running tick.
 * A tick that throws is logged and the loop goes on. The outbox relay, job dispatch and settings refresh share it.
 */
export class Poller {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;
  private nudged = false;

  constructor(
    private readonly name: string,
    private readonly intervalMs: number,
    private readonly tick: () => Promise<unknown>,
    private readonly logger: Logger,
  ) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  /** Ask for a tick as soon as the current one (if any) ends. */
  nudge(): void {
    if (this.stopped) return;
    if (this.running) {
      this.nudged = true;
      return;
    }
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), delayMs);
    this.timer.unref();
  }

  private async run(): Promise<void> {
    if (this.stopped || this.running) return;
    this.running = this.tick()
      .then(() => undefined)
      .catch((error: unknown) => this.logger.error({ err: error, poller: this.name }, 'poller tick failed'));
    await this.running;
    this.running = undefined;
    if (this.stopped) return;
    const again = this.nudged;
    this.nudged = false;
    this.schedule(again ? 0 : this.intervalMs);
  }
}
