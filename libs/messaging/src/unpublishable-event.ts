/*
 * Raised by the producer (kafka-publisher.ts) for an event the broker will never take; the outbox
 * relay parks such rows, and transient.ts calls it permanent. Its own file so that neither the relay
 * nor the transient rules reach into the producer for it.
 */

/**
 * An event that can never be published as it is (unknown topic, over the size limit, refused by
 * the broker's ACLs): retrying it would block every row behind it.
 */
export class UnpublishableEvent extends Error {
  constructor(
    readonly reason: string,
    /** The events concerned; all of a send when the broker does not say which. */
    readonly eventIds: string[],
  ) {
    super(reason);
  }
}
