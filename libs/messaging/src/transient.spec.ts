import { databaseUnavailable, isTransient, transientKind } from './transient';
import { UnpublishableEvent } from './unpublishable-event';

const pg = (code: string, message = 'error') => Object.assign(new Error(message), { code });
/** TypeORM's QueryFailedError shape: the pg error under `driverError`, its fields (code) copied on top. */
const typeorm = (code: string, message = 'error') => ({ name: 'QueryFailedError', message, code, driverError: pg(code, message) });

/**
 * Every case, with what each side does with it: the transport retries what `isTransient` says
 * (instead of dead-lettering), the HTTP edge answers 503 for what `databaseUnavailable` says
 * (instead of 500). What the edge calls unavailable must always be transient.
 */
const CASES: [string, unknown, { transient: boolean; unavailable: boolean }][] = [
  // Postgres unreachable or dropping the connection: both sides (as both did before).
  ['socket refused', pg('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'), { transient: true, unavailable: true }],
  ['socket reset', pg('ECONNRESET', 'read ECONNRESET'), { transient: true, unavailable: true }],
  ['broken pipe', pg('EPIPE'), { transient: true, unavailable: true }],
  ['admin shutdown 57P01', typeorm('57P01', 'terminating connection due to administrator command'), { transient: true, unavailable: true }],
  ['crash shutdown 57P02', typeorm('57P02'), { transient: true, unavailable: true }],
  ['cannot connect now 57P03', typeorm('57P03', 'the database system is starting up'), { transient: true, unavailable: true }],
  ['connection exception 08006', typeorm('08006'), { transient: true, unavailable: true }],
  ['connection does not exist 08003', pg('08003'), { transient: true, unavailable: true }],
  ['pg: connection terminated', new Error('Connection terminated unexpectedly'), { transient: true, unavailable: true }],
  ['pg-pool: connect timeout', new Error('timeout exceeded when trying to connect'), { transient: true, unavailable: true }],
  // Were transient only; now also a 503 at the edge (the host cannot be reached at all).
  ['connect timed out', pg('ETIMEDOUT'), { transient: true, unavailable: true }],
  ['host not found', pg('ENOTFOUND', 'getaddrinfo ENOTFOUND db'), { transient: true, unavailable: true }],
  ['dns try again', pg('EAI_AGAIN'), { transient: true, unavailable: true }],
  ['host unreachable', pg('EHOSTUNREACH'), { transient: true, unavailable: true }],
  ['other 08 code (08004 rejected)', pg('08004'), { transient: true, unavailable: true }],
  ['wrapped in cause', new Error('outer', { cause: pg('ECONNREFUSED') }), { transient: true, unavailable: true }],
  // Was a 503 only (message); now transient for the transport too.
  [
    'idle-in-transaction timeout 25P03',
    pg('25P03', 'terminating connection due to idle-in-transaction timeout'),
    { transient: true, unavailable: true },
  ],
  // Transient for the transport; the edge keeps its 500 (the database was reachable).
  ['serialisation failure 40001', typeorm('40001'), { transient: true, unavailable: false }],
  ['deadlock 40P01', typeorm('40P01', 'deadlock detected'), { transient: true, unavailable: false }],
  ['lock not available 55P03', pg('55P03'), { transient: true, unavailable: false }],
  ['statement timeout 57014', pg('57014', 'canceling statement due to statement timeout'), { transient: true, unavailable: false }],
  ['too many connections 53300', pg('53300'), { transient: true, unavailable: false }],
  ['disk full 53100', pg('53100'), { transient: true, unavailable: false }],
  ['system error 58030', pg('58030'), { transient: true, unavailable: false }],
  [
    'kafkajs error',
    Object.assign(new Error('Broker not available'), { name: 'KafkaJSBrokerNotFound' }),
    { transient: true, unavailable: false },
  ],
  ['no acknowledgement', new Error('no acknowledgement from the broker'), { transient: true, unavailable: false }],
  // Never transient: the message's own problem, or a bug.
  ['invalid text 22P02', typeorm('22P02', 'invalid input syntax for type integer'), { transient: false, unavailable: false }],
  ['out of range 22003', typeorm('22003', 'value out of range, timeout'), { transient: false, unavailable: false }],
  ['check violation 23514', typeorm('23514'), { transient: false, unavailable: false }],
  ['unique violation 23505', typeorm('23505', 'duplicate key value'), { transient: false, unavailable: false }],
  ['unpublishable event', new UnpublishableEvent('too-large: 2000000 bytes', ['e1']), { transient: false, unavailable: false }],
  [
    'unpublishable event over a connection error',
    Object.assign(new UnpublishableEvent('refused', ['e1']), { cause: pg('ECONNREFUSED') }),
    { transient: false, unavailable: false },
  ],
  ['a bug', new TypeError('x is undefined'), { transient: false, unavailable: false }],
  ['nothing', undefined, { transient: false, unavailable: false }],
];

describe('transient errors: one definition for the transport and the HTTP edge', () => {
  it.each(CASES)('%s', (_name, error, expected) => {
    expect({ transient: isTransient(error), unavailable: databaseUnavailable(error) }).toEqual(expected);
  });

  it('what the edge calls unavailable is always transient for the transport', () => {
    for (const [, error] of CASES) if (databaseUnavailable(error)) expect(isTransient(error)).toBe(true);
    expect(transientKind(pg('ECONNREFUSED'))).toBe('unreachable');
  });
});
