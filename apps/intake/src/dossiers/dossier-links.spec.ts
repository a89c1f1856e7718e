import { keyedDigest, keySecrets } from '@passerelle/crypto';
import { DossierMember, keyReference, linksWithin } from './dossier-links';

const passport = { type: 'passport', number: 'EM 123 456', issuingCountry: 'BE' };
const person = (extra: Record<string, unknown>) => ({ kind: 'person', familyName: 'De Proef', givenNames: 'Lena', ...extra });
const member = (signalId: string, ...subjects: Record<string, unknown>[]): DossierMember => ({ signalId, signal: { subjects } });

const PASSPORT = keyReference('document:passport:BE:EM123456');
const NAME = keyReference('person:de lena proef:1990-04-01');
const IBAN = keyReference('iban:BE71096123456769');

describe('dossier links, computed over the signals a reader may see', () => {
  it('names a key by its kind and a digest, never the key itself', () => {
    expect(PASSPORT).toEqual({
      type: 'document:passport',
      // Keyed under the deployment's key secret: a plain SHA-256 of the key would confirm a guess.
      digest: keyedDigest(keySecrets().current, 'key-reference', 'document:passport:BE:EM123456').slice(0, 32),
    });
    expect(NAME.type).toBe('person');
    expect(JSON.stringify(NAME)).not.toContain('proef');
  });

  it('with every signal visible: the opener, and each later one linked to the signal that brought the key in', () => {
    const links = linksWithin([
      member('c', person({ documents: [passport], birthDate: '1990-04-01' })),
      member('u1', person({ documents: [{ ...passport, number: 'em-123456' }] })),
      member('u2', person({ birthDate: '1990-04-01' }), { kind: 'iban', iban: 'BE71 0961 2345 6769' }),
      member('u3', { kind: 'iban', iban: 'BE71096123456769' }),
    ]);
    expect(Object.fromEntries(links)).toEqual({
      c: { reason: 'opened-dossier' },
      u1: { reason: 'shared-subject-key', keyType: 'document:passport', keyDigest: PASSPORT.digest, linkedTo: 'c' },
      u2: { reason: 'shared-subject-key', keyType: 'person', keyDigest: NAME.digest, linkedTo: 'c' },
      // The IBAN came in with u2, not with the opener.
      u3: { reason: 'shared-subject-key', keyType: 'iban', keyDigest: IBAN.digest, linkedTo: 'u2' },
    });
  });

  it('without the signal that opened the dossier, the view is the one the dossier would give had it never existed', () => {
    // Hidden from this reader: c, which opened the dossier with the passport both others matched.
    const seen = linksWithin([
      member('u1', person({ documents: [{ ...passport, number: 'em-123456' }] })),
      member('u2', person({ documents: [passport] })),
    ]);
    const alone = linksWithin([member('u1', person({ documents: [passport] })), member('u2', person({ documents: [passport] }))]);
    expect(Object.fromEntries(seen)).toEqual(Object.fromEntries(alone));
    expect(seen.get('u1')).toEqual({ reason: 'opened-dossier' });
    expect(seen.get('u2')).toEqual({
      reason: 'shared-subject-key',
      keyType: 'document:passport',
      keyDigest: PASSPORT.digest,
      linkedTo: 'u1',
    });
  });

  it('a visible signal linked only through signals the reader may not see shows no key, no digest and no other signal', () => {
    // The hidden opener carried the passport and the name; u1 matched on the one, u2 on the other.
    const links = linksWithin([member('u1', person({ documents: [passport] })), member('u2', person({ birthDate: '1990-04-01' }))]);
    expect(links.get('u1')).toEqual({ reason: 'opened-dossier' });
    expect(links.get('u2')).toEqual({ reason: 'no-visible-link' });
    const text = JSON.stringify(Object.fromEntries(links));
    for (const d of [PASSPORT.digest, NAME.digest]) expect(text).not.toContain(d);
    expect(text).not.toContain('person');
  });

  it('prefers the key that entered the dossier first, then key order; unreadable content links nothing', () => {
    const links = linksWithin([
      member('a', { kind: 'iban', iban: 'BE71096123456769' }),
      member('b', person({ documents: [passport] })),
      member('c', person({ documents: [passport] }), { kind: 'iban', iban: 'BE71096123456769' }),
      { signalId: 'd', signal: { subjects: 'not a list' } },
    ]);
    expect(links.get('b')).toEqual({ reason: 'no-visible-link' });
    expect(links.get('c')).toEqual({ reason: 'shared-subject-key', keyType: 'iban', keyDigest: IBAN.digest, linkedTo: 'a' });
    expect(links.get('d')).toEqual({ reason: 'no-visible-link' });
    expect(linksWithin([])).toEqual(new Map());
  });
});
