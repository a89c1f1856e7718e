import {
  Officer,
  approvalNeeded,
  refusalOfScope,
  refusalToAct,
  refusalToApprove,
  refusalToApproveErasure,
  sameChain,
} from './separation-of-duties';

const officer = (id: string, over: Partial<Officer> = {}): Officer => ({
  id,
  name: id,
  role: 'security-officer',
  agency: null,
  clearance: 'confidential',
  clearanceExpiresAt: null,
  feeds: [],
  createdBy: null,
  approvedBy: null,
  ...over,
});
const analyst = (id: string, over: Partial<Officer> = {}): Officer => ({ ...officer(id), role: 'analyst', ...over });

describe('separation of duties', () => {
  it("keeps an agency's officer to its agency's principals; an OCAM officer approves, refuses or revokes there, and asks for nothing else", () => {
    const customs = officer('c', { agency: 'customs' });
    const customs2 = officer('c2', { agency: 'customs' });
    const mobility = officer('m', { agency: 'mobility' });
    const ocam = officer('o');
    const poc = (agency: string) => ({ ...officer(`poc-${agency}`), role: 'poc' as const, agency });
    const createPoc = (agency: string) => ({ kind: 'create' as const, role: 'poc' as const, clearance: 'unclassified' as const, agency });
    // Asking.
    expect(refusalToAct(customs, createPoc('customs'))).toBeNull();
    expect(refusalToAct(customs, createPoc('mobility'))?.code).toBe('agency');
    expect(refusalToAct(customs, { kind: 'create', role: 'analyst', clearance: 'unclassified' })?.code).toBe('agency');
    expect(refusalToAct(customs, { kind: 'revoke', target: poc('mobility') })?.code).toBe('agency');
    expect(refusalToAct(customs, { kind: 'revoke', target: ocam })?.code).toBe('agency');
    // Customs has officers of its own; immigration has none, and OCAM's officers administer it as before.
    const own = new Set(['customs']);
    const ocamAsks = (op: Parameters<typeof refusalToAct>[1]) => refusalToAct(ocam, op, new Date(), 'ask', own);
    expect(ocamAsks(createPoc('customs'))?.code).toBe('agency');
    expect(ocamAsks({ kind: 'update', target: poc('customs'), feeds: ['ocam'] })?.code).toBe('agency');
    expect(ocamAsks({ kind: 'rotate-key', target: poc('customs') })?.code).toBe('agency');
    expect(ocamAsks({ kind: 'revoke', target: poc('customs') })).toBeNull();
    expect(ocamAsks(createPoc('immigration'))).toBeNull();
    expect(ocamAsks({ kind: 'update', target: poc('immigration'), feeds: ['ocam'] })).toBeNull();
    expect(refusalToAct(ocam, { kind: 'create', role: 'analyst', clearance: 'unclassified' })).toBeNull();
    // Approving: a second officer of the same agency, or one of OCAM; never another agency's.
    expect(refusalToApprove(customs2, customs, createPoc('customs'))).toBeNull();
    expect(refusalToApprove(ocam, customs, createPoc('customs'))).toBeNull();
    expect(refusalToApprove(mobility, customs, createPoc('customs'))?.code).toBe('agency');
    expect(refusalToApprove(customs, ocam, { kind: 'update', target: analyst('x'), clearance: 'restricted' })?.code).toBe('agency');
    expect(refusalOfScope(ocam, { kind: 'update', target: poc('customs'), feeds: [] }, 'approve')).toBeNull();
  });

  it('caps what an officer grants at its own clearance, and at nothing classified once it has lapsed', () => {
    const a = officer('a');
    expect(refusalToAct(a, { kind: 'create', role: 'analyst', clearance: 'confidential' })).toBeNull();
    expect(refusalToAct(a, { kind: 'create', role: 'analyst', clearance: 'secret' })?.code).toBe('clearance');
    expect(refusalToAct(a, { kind: 'update', target: analyst('x'), clearance: 'top-secret' })?.code).toBe('clearance');
    const lapsed = officer('l', { clearanceExpiresAt: new Date(Date.now() - 1000) });
    expect(refusalToAct(lapsed, { kind: 'create', role: 'analyst', clearance: 'restricted' })?.code).toBe('clearance');
    expect(refusalToAct(lapsed, { kind: 'create', role: 'analyst', clearance: 'unclassified' })).toBeNull();
  });

  it('needs a second officer for every grant and every key, not for what only takes away', () => {
    expect(approvalNeeded({ kind: 'create', role: 'security-officer', clearance: 'restricted' })).toMatch(/second officer/);
    expect(approvalNeeded({ kind: 'create', role: 'admin', clearance: 'restricted' })).toMatch(/second officer/);
    expect(approvalNeeded({ kind: 'create', role: 'oversight', clearance: 'restricted' })).toMatch(/second officer/);
    // Any new principal: its key is handed over in two halves.
    expect(approvalNeeded({ kind: 'create', role: 'analyst', clearance: 'unclassified' })).toMatch(/two halves/);
    expect(approvalNeeded({ kind: 'create', role: 'poc', clearance: 'unclassified' })).toMatch(/second officer/);
    const expiry = new Date('2030-01-01T00:00:00Z');
    const x = analyst('x', { clearance: 'restricted', feeds: ['ocam'], clearanceExpiresAt: expiry });
    expect(approvalNeeded({ kind: 'update', target: x, clearance: 'confidential' })).toMatch(/raising/);
    expect(approvalNeeded({ kind: 'update', target: x, feeds: ['ocam', 'police-organised-crime'] })).toMatch(
      /adding feeds \(police-organised-crime\)/,
    );
    expect(approvalNeeded({ kind: 'update', target: x, clearanceExpiresAt: new Date('2031-01-01') })).toMatch(/extending/);
    expect(approvalNeeded({ kind: 'update', target: x, clearanceExpiresAt: null })).toMatch(/removing an expiry/);
    // Taking away: one officer.
    expect(approvalNeeded({ kind: 'update', target: x, clearance: 'unclassified' })).toBeNull();
    expect(approvalNeeded({ kind: 'update', target: x, feeds: [] })).toBeNull();
    expect(approvalNeeded({ kind: 'update', target: x, clearanceExpiresAt: new Date('2029-01-01') })).toBeNull();
    expect(approvalNeeded({ kind: 'update', target: analyst('y'), clearanceExpiresAt: new Date('2029-01-01') })).toBeNull();
    expect(approvalNeeded({ kind: 'update', target: officer('o'), feeds: [] })).toMatch(/second officer/);
    expect(approvalNeeded({ kind: 'rotate-key', target: { ...officer('o'), role: 'oversight' } })).toMatch(/second officer/);
    expect(approvalNeeded({ kind: 'rotate-key', target: x })).toMatch(/two halves/);
    expect(approvalNeeded({ kind: 'watchlist-mark', target: x, list: 'ftf', capability: 'receiver' })).toMatch(/receiver/);
    expect(approvalNeeded({ kind: 'revoke', target: officer('o') })).toBeNull();
  });

  it('refuses acting on oneself and within one’s own chain of privileged principals', () => {
    const a = officer('a');
    const puppet = officer('p', { createdBy: 'a', approvedBy: 'b' });
    expect(refusalToAct(a, { kind: 'revoke', target: a })?.code).toBe('self');
    expect(refusalToAct(puppet, { kind: 'update', target: a, feeds: [] })?.code).toBe('chain');
    // A revocation within the chain is not refused: it waits for a second officer.
    expect(refusalToAct(puppet, { kind: 'revoke', target: officer('b') })).toBeNull();
    expect(approvalNeeded({ kind: 'revoke', target: officer('b') }, puppet)).toMatch(/second officer/);
    expect(approvalNeeded({ kind: 'revoke', target: officer('c') }, puppet)).toBeNull();
    expect(refusalToAct(a, { kind: 'rotate-key', target: puppet })?.code).toBe('chain');
    expect(refusalToAct(officer('c'), { kind: 'revoke', target: puppet })).toBeNull();
    // An analyst an officer created stays its to manage.
    expect(refusalToAct(a, { kind: 'update', target: analyst('x', { createdBy: 'a' }), feeds: [] })).toBeNull();
    expect(sameChain(a, puppet) && sameChain(puppet, a)).toBe(true);
  });

  it('refuses approving one’s own request or one from one’s chain', () => {
    const op = { kind: 'create' as const, role: 'security-officer' as const, clearance: 'restricted' as const };
    const a = officer('a');
    const puppet = officer('p', { createdBy: 'a', approvedBy: 'b' });
    expect(refusalToApprove(a, a, op)?.code).toBe('self');
    expect(refusalToApprove(puppet, a, op)?.code).toBe('chain');
    expect(refusalToApprove(officer('c'), a, op)).toBeNull();
    expect(refusalToApprove(officer('c'), a, { ...op, clearance: 'secret' })?.code).toBe('clearance');
    // A revocation: any officer but the asker and the target, of whatever chain.
    const target = officer('t', { createdBy: 'a', approvedBy: 'b' });
    expect(refusalToApprove(officer('b'), a, { kind: 'revoke', target })).toBeNull();
    expect(refusalToApprove(puppet, a, { kind: 'revoke', target })).toBeNull();
    expect(refusalToApprove(target, a, { kind: 'revoke', target })?.code).toBe('self');
  });

  it('erases on two officers only: never the requester itself, nor an officer of its chain', () => {
    const a = officer('a');
    expect(refusalToApproveErasure(a, a)?.code).toBe('self');
    expect(refusalToApproveErasure(officer('b', { createdBy: 'a' }), a)?.code).toBe('chain');
    expect(refusalToApproveErasure(officer('b'), officer('c', { approvedBy: 'b' }))?.code).toBe('chain');
    expect(refusalToApproveErasure(officer('b'), a)).toBeNull();
    // Cleared for the signal's classification (rank 2 = confidential), unexpired.
    expect(refusalToApproveErasure(officer('b'), a, 2)).toBeNull();
    expect(refusalToApproveErasure(officer('b', { clearance: 'restricted' }), a, 2)?.code).toBe('clearance');
    expect(refusalToApproveErasure(officer('b', { clearanceExpiresAt: new Date(Date.now() - 1000) }), a, 1)?.code).toBe('clearance');
    expect(refusalToApproveErasure(officer('b', { clearance: 'restricted' }), a, null)).toBeNull();
  });
});
