import { envInt } from '@passerelle/contracts';
import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { errorCode } from '@passerelle/messaging';
import { MakeCheckpointUseCase } from './make-checkpoint.usecase';

/** Signs the head every AUDIT_CHECKPOINT_INTERVAL_MS (default 60 s) when it moved; 0 disables. */
@Injectable()
export class CheckpointScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Checkpoints');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  /** Read when the app is built: a wrong value stops start-up naming the variable. */
  private readonly everyMs = envInt(process.env, 'AUDIT_CHECKPOINT_INTERVAL_MS', 60_000, { min: 0 });

  constructor(private readonly make: MakeCheckpointUseCase) {}

  onApplicationBootstrap(): void {
    const every = this.everyMs;
    if (every === 0) return;
    this.timer = setInterval(() => {
      if (this.running) return; // the previous one is still verifying
      this.running = this.tick().finally(() => (this.running = undefined));
    }, every);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    try {
      const made = await this.make.checkpointHead({ onlyIfMoved: true });
      if (made?.created) this.logger.log(`checkpoint signed at seq ${made.checkpoint.seq}`);
    } catch (e) {
      this.logger.error(`periodic checkpoint failed: ${errorCode(e)}`);
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
