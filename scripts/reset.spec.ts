import { isPasserelleTopic } from './reset';

describe('npm run reset: which topics are wiped', () => {
  it("takes the deployment's topics under the prefix, and nothing else", () => {
    for (const t of [
      'signals.customs.submitted.v1',
      'signals.routed.v1',
      'signals.rejected.v1',
      'feeds.ocam.v2',
      'feeds.police-organised-crime.v2',
      'feedback.foreign-affairs.v2',
      'access.recorded.v1',
      'identity.principals.changed.v1',
      'deadletters.intake.v1',
    ]) {
      expect([t, isPasserelleTopic(t, '')]).toEqual([t, true]);
      expect([t, isPasserelleTopic(`demo.${t}`, 'demo.')]).toEqual([t, true]);
      // A test file's namespace, or another prefix, is never the deployment's.
      expect([t, isPasserelleTopic(`t0a1b2c3d.${t}`, '')]).toEqual([t, false]);
      expect([t, isPasserelleTopic(t, 'demo.')]).toEqual([t, false]);
    }
    for (const t of ['__consumer_offsets', 'signals.customs.submitted.v2', 'my-app.events', 'feeds.ocam.v1.backup']) {
      expect([t, isPasserelleTopic(t, '')]).toEqual([t, false]);
    }
  });
});
