import { SerialLane } from './serial-lane';

describe('SerialLane', () => {
  it('runs calls one at a time, in the order handed, and a failure does not stop the next', async () => {
    const lane = new SerialLane();
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const call = (i: number, fail = false) =>
      lane.run(async () => {
        running++;
        most = Math.max(most, running);
        // Hand control back several times while "in flight", as a network request would.
        for (let k = 0; k < 3; k++) await new Promise((r) => setImmediate(r));
        order.push(i);
        running--;
        if (fail) throw new Error(`call ${i} failed`);
        return i;
      });
    const results = await Promise.allSettled([call(1), call(2, true), call(3), call(4)]);
    expect(most).toBe(1);
    expect(order).toEqual([1, 2, 3, 4]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([1, 'call 2 failed', 3, 4]);
  });
});
