interface Waiting<B> {
  batch: B;
  resolve: () => void;
  reject: (e: unknown) => void;
}

/**
 * Gathers the batches handed over at about the same time (kafkajs hands one per partition, several
 * at once) into one call of `fn`, so that what a call costs once — a transaction, a lock — is paid
 * once per fetch rather than once per partition. Calls never overlap: batches that arrive while
 * one runs are gathered for the next. When a call of several batches fails, each is tried again
 * alone, so that one partition's trouble does not hold up the others. Each batch's promise settles with the call it went into, so
 * its offsets are committed only after that call's effects are durable. Batches keep their
 * arrival order.
 */
export class BatchCoalescer<B> {
  private waiting: Waiting<B>[] = [];
  private running = false;

  constructor(
    private readonly fn: (batches: B[]) => Promise<void>,
    /** A call takes whole batches up to this total size (always at least one batch). */
    private readonly maxSize: number,
    private readonly sizeOf: (batch: B) => number,
  ) {}

  submit(batch: B): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ batch, resolve, reject });
      if (this.running) return;
      this.running = true;
      // One turn of the event loop: the other partitions of the same fetch arrive meanwhile.
      setImmediate(() => void this.drain());
    });
  }

  private async drain(): Promise<void> {
    while (this.waiting.length > 0) {
      let n = 0;
      let count = 0;
      while (n < this.waiting.length && (n === 0 || count + this.sizeOf(this.waiting[n].batch) <= this.maxSize)) {
        count += this.sizeOf(this.waiting[n].batch);
        n++;
      }
      const group = this.waiting.splice(0, n);
      try {
        await this.fn(group.map((g) => g.batch));
        for (const g of group) g.resolve();
      } catch (e) {
        if (group.length === 1) group[0].reject(e);
        // One batch may be the cause: each goes again on its own, so the others still get through.
        else for (const g of group) await this.fn([g.batch]).then(g.resolve, g.reject);
      }
    }
    this.running = false;
  }
}
