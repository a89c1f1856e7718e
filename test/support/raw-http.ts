import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';

export interface RawExchange {
  /** Every byte the server sent, as text. */
  received: string;
  /** When the server's first byte arrived, from the connection's opening; null if none did. */
  firstByteAfterMs: number | null;
  /** When the server closed the connection; null if it was still open at the deadline. */
  closedAfterMs: number | null;
}

/**
 * Speaks HTTP by hand: opens a connection (from `localAddress` if given), writes `chunks` and
 * nothing more, and collects what the server sends until it closes the connection or the deadline
 * passes (then the client closes it and says so). For clients that stop half-way.
 */
export function rawExchange(
  baseUrl: string,
  chunks: (string | Buffer)[],
  opts: { deadlineMs: number; localAddress?: string },
): Promise<RawExchange> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const started = Date.now();
    let received = '';
    let firstByteAfterMs: number | null = null;
    const socket = connect({ host: url.hostname, port: Number(url.port), localAddress: opts.localAddress });
    const deadline = setTimeout(() => {
      socket.destroy();
      resolve({ received, firstByteAfterMs, closedAfterMs: null });
    }, opts.deadlineMs);
    socket.on('connect', () => {
      for (const c of chunks) socket.write(c);
    });
    socket.on('data', (d: Buffer) => {
      firstByteAfterMs ??= Date.now() - started;
      received += d.toString('latin1');
    });
    // The server may reset a connection whose request it gave up on: what it sent before still counts.
    socket.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'ECONNRESET' && e.code !== 'EPIPE') {
        clearTimeout(deadline);
        reject(e);
      }
    });
    socket.on('close', () => {
      clearTimeout(deadline);
      resolve({ received, firstByteAfterMs, closedAfterMs: Date.now() - started });
    });
  });
}

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- problem bodies are asserted field by field
  body: any;
}

/** The responses in what a server sent on one connection (each with a Content-Length). */
export function parseResponses(text: string): RawResponse[] {
  const out: RawResponse[] = [];
  let rest = text;
  while (rest.startsWith('HTTP/1.1 ')) {
    const end = rest.indexOf('\r\n\r\n');
    if (end < 0) break;
    const [statusLine, ...lines] = rest.slice(0, end).split('\r\n');
    const headers = Object.fromEntries(
      lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()] as [string, string]),
    );
    const length = Number(headers['content-length'] ?? 0);
    const raw = rest.slice(end + 4, end + 4 + length);
    let body: unknown = raw;
    try {
      body = JSON.parse(raw);
    } catch {
      // not JSON
    }
    out.push({ status: Number(statusLine.split(' ')[1]), headers, body });
    rest = rest.slice(end + 4 + length);
  }
  return out;
}

/** One request from a given local address (127.0.0.x), so that tests have client addresses of their own. */
export function requestFrom(
  localAddress: string,
  baseUrl: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are asserted field by field
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: any }> {
  const url = new URL(path, baseUrl);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: url.hostname, port: url.port, path: url.pathname + url.search, method, headers, localAddress, agent: false },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (text += d));
        res.on('end', () => {
          let body: unknown = text;
          try {
            body = text ? JSON.parse(text) : undefined;
          } catch {
            // not JSON
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

export interface HeldConnection {
  /** The client's port: the server's socket for this connection has it as its remote port. */
  localPort: number;
  /** Every byte the server sent so far, as text. */
  received(): string;
  /** Whether the server has ended its side (a FIN came). */
  endedByServer(): boolean;
  close(): void;
}

/**
 * Opens a connection, writes `chunks` and then never writes, reads or closes its own side until
 * told to: a client that keeps a half-open connection, so that a test can see whether the server
 * released its socket or only ended its side of it.
 */
export function holdConnection(baseUrl: string, chunks: (string | Buffer)[]): Promise<HeldConnection> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    let received = '';
    let ended = false;
    const socket = connect({ host: url.hostname, port: Number(url.port), allowHalfOpen: true });
    socket.on('data', (d: Buffer) => (received += d.toString('latin1')));
    socket.on('end', () => (ended = true));
    socket.on('error', () => undefined);
    socket.once('error', reject);
    socket.on('connect', () => {
      for (const c of chunks) socket.write(c);
      resolve({ localPort: socket.localPort!, received: () => received, endedByServer: () => ended, close: () => socket.destroy() });
    });
  });
}
