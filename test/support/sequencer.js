/**
 * The order of `npm test`'s files: Jest's own (failed first, then slowest first), except that the file
 * that stops and restarts the run's shared broker (test/outbox-kafka-down.e2e-spec.ts) goes first,
 * while the broker holds little. Run late, its restart took ~110 s (the broker reloads every
 * partition and consumer group the earlier files left); run early, it takes seconds. (The last file's
 * set-up stall that came with it in one run came back in CI with this order: what went with it was
 * Jest's one process and its heap, see workerIdleMemoryLimit in jest.config.js.)
 */
const Sequencer = require('@jest/test-sequencer').default;

const FIRST = [/[/\\]test[/\\]outbox-kafka-down\.e2e-spec\.ts$/];

class PasserelleSequencer extends Sequencer {
  async sort(tests) {
    const sorted = await super.sort(tests);
    const first = sorted.filter((t) => FIRST.some((p) => p.test(t.path)));
    return [...first, ...sorted.filter((t) => !first.includes(t))];
  }
}

module.exports = PasserelleSequencer;
