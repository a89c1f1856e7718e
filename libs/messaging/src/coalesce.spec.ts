import { BatchCoalescer } from './coalesce';

const size = (b: number[]) => b.length;

describe('BatchCoalescer', () => {
  it('gathers batches handed over together into one call, in order, and settles each with it', async () => {
    const calls: number[][] = [];
    const c = new BatchCoalescer<number[]>(
      async (batches) => {
        calls.push(batches.flat());
      },
      100,
      size,
    );
    await Promise.all([c.submit([1, 2]), c.submit([3]), c.submit([4, 5])]);
    expect(calls).toEqual([[1, 2, 3, 4, 5]]);
  });

  it('never runs two calls at once; what arrives meanwhile goes into the next call', async () => {
    const calls: number[][] = [];
    let active = 0;
    let maxActive = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const c = new BatchCoalescer<number[]>(
      async (batches) => {
        active++;
        maxActive = Math.max(maxActive, active);
        calls.push(batches.flat());
        if (calls.length === 1) await gate;
        active--;
      },
      100,
      size,
    );
    const first = c.submit([1]);
    await new Promise((r) => setImmediate(r));
    const later = [c.submit([2]), c.submit([3])];
    release();
    await Promise.all([first, ...later]);
    expect(calls).toEqual([[1], [2, 3]]);
    expect(maxActive).toBe(1);
  });

  it('takes whole batches up to the limit, and at least one however large', async () => {
    const calls: number[][] = [];
    const c = new BatchCoalescer<number[]>(
      async (batches) => {
        calls.push(batches.flat());
      },
      3,
      size,
    );
    await Promise.all([c.submit([1, 2, 3, 4]), c.submit([5, 6]), c.submit([7])]);
    expect(calls).toEqual([
      [1, 2, 3, 4],
      [5, 6, 7],
    ]);
  });

  it('when a call of several batches fails, tries each alone: only the failing one is refused', async () => {
    const calls: number[][] = [];
    const c = new BatchCoalescer<number[]>(
      async (batches) => {
        calls.push(batches.flat());
        if (batches.some((b) => b.includes(2))) throw new Error('poison in batch [2]');
      },
      100,
      size,
    );
    const results = await Promise.allSettled([c.submit([1]), c.submit([2]), c.submit([3])]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(calls).toEqual([[1, 2, 3], [1], [2], [3]]);
    await expect(c.submit([4])).resolves.toBeUndefined();
  });
});
