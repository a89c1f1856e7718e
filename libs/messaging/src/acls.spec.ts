import { AclBinding, expandAcls, loadAclFile } from './acls';

const of = (bindings: AclBinding[], user: string) =>
  bindings
    .filter((b) => b.user === user)
    .map((b) => `${b.operation} ${b.resource} ${b.pattern} ${b.name}`)
    .sort();

describe('infra/kafka/acls.json expanded', () => {
  const file = loadAclFile();

  it('gives an agency its own submission topic to write, its own feedback and products to read, its own group prefix, and nothing else', () => {
    const { bindings, users } = expandAcls(file, { prefix: 't1.' });
    expect(users).toContainEqual({ name: 'agency-customs', kind: 'agency', agency: 'customs' });
    expect(of(bindings, 'agency-customs')).toEqual([
      'read group prefixed t1.agency-customs.',
      'read topic literal t1.feedback.customs.v2',
      'read topic literal t1.products.customs.v1',
      'write topic literal t1.signals.customs.submitted.v1',
    ]);
  });

  it('lets each service write only what it produces', () => {
    const { bindings } = expandAcls(file);
    const writes = (user: string) => of(bindings, user).filter((b) => b.startsWith('write'));
    expect(writes('intake')).not.toContainEqual(expect.stringContaining('feeds.'));
    // Of the signals topics, the intake writes only the notices of its purges (as the gateway and router do)
    // and the steps of erasure requests, which only it decides.
    expect(writes('intake').filter((w) => w.includes('signals.'))).toEqual([
      'write topic literal signals.erasure.recorded.v1',
      'write topic literal signals.purged.v1',
    ]);
    for (const s of ['gateway', 'router', 'audit']) expect(writes(s)).not.toContainEqual(expect.stringContaining('signals.erasure'));
    // The gateway's submissions, its purge notices, the access records of attempts refused at its edge,
    // its agencies' reads and acknowledgements of OCAM's products, its POCs' acknowledgements of their permanence
    // cell's alerts (issue 29), its own dead letters.
    expect(
      writes('gateway').every((w) =>
        /^write topic literal (signals\.[a-z-]+\.submitted|signals\.purged|access\.recorded|products\.[a-z-]+\.acknowledged|alerts\.[a-z-]+\.acknowledged|deadletters\.gateway)\.v1$/.test(
          w,
        ),
      ),
    ).toBe(true);
    // Only the intake writes OCAM's products to the agencies.
    for (const s of ['gateway', 'router', 'audit']) expect(writes(s)).not.toContain('write topic literal products.customs.v1');
    expect(writes('intake')).toContain('write topic literal products.customs.v1');
    expect(writes('intake')).toContain('write topic literal deadletters.intake.v1');
    expect(writes('intake')).not.toContain('write topic literal deadletters.gateway.v1');
    expect(writes('gateway')).toContain('write topic literal access.recorded.v1');
    // The audit writes nothing but its own dead letters.
    expect(writes('audit')).toEqual(['write topic literal deadletters.audit.v1']);
    expect(writes('router')).toContain('write topic literal feeds.ocam.v2');
    expect(writes('router')).not.toContainEqual(expect.stringContaining('access.recorded'));
  });

  it('adds the agencies given beyond the file, for every principal that names {agency}', () => {
    const { bindings, users } = expandAcls(file, { agencies: ['state-security'] });
    expect(users.map((u) => u.name)).toContain('agency-state-security');
    expect(of(bindings, 'gateway')).toContain('write topic literal signals.state-security.submitted.v1');
    expect(of(bindings, 'router')).toContain('read topic literal signals.state-security.submitted.v1');
    expect(of(bindings, 'agency-customs')).not.toContainEqual(expect.stringContaining('state-security'));
    expect(() => expandAcls(file, { agencies: ['Bad Agency'] })).toThrow(/not an agency code/);
  });

  it('gives the operator no binding: it is a super user of the brokers', () => {
    const { bindings, users } = expandAcls(file);
    expect(users).toContainEqual({ name: 'admin', kind: 'operator' });
    expect(of(bindings, 'admin')).toEqual([]);
  });
});
