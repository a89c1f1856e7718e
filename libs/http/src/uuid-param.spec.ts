import { ProblemException } from './problem';
import { uuidParam } from './uuid-param';

describe('uuidParam', () => {
  const meta = { type: 'param' as const, data: 'id' };

  it('passes a UUID on as it is', async () => {
    const id = '00000000-0000-4000-8000-000000000027';
    await expect(uuidParam().transform(id, meta)).resolves.toBe(id);
  });

  it('refuses anything else as a 400 http-400 with code not-a-uuid', async () => {
    const refused = await uuidParam()
      .transform('not-a-uuid', meta)
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(refused).toBeInstanceOf(ProblemException);
    expect((refused as ProblemException).problem).toMatchObject({
      type: 'urn:passerelle:problem:http-400',
      status: 400,
      code: 'not-a-uuid',
      detail: 'the identifier in the path must be a UUID',
    });
  });
});
