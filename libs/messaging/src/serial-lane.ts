/**
 * Runs the calls handed to it one at a time, in the order they were handed; a call that fails does
 * not stop the next. KafkaPublisher sends through one so that its idempotent producer never has two
 * requests in flight (see `KafkaPublisher.send`, kafka-publisher.ts).
 */
export class SerialLane {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.tail.then(() => fn());
    this.tail = result.catch(() => undefined);
    return result;
  }
}
