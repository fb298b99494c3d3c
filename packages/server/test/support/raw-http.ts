// HTTP as bytes on a TCP socket: what an attacker sends, which no HTTP client library would.
import { connect, type Socket } from 'node:net';

export interface RawExchange {
  /** Everything the server sent, as latin1 text (bytes are kept one to one). */
  received: string;
  /** The status of the first response line, or null when the server closed without answering. */
  status: number | null;
}

export function statusOf(received: string): number | null {
  const match = /^HTTP\/1\.[01] (\d{3})/.exec(received);
  return match ? Number(match[1]) : null;
}

export function openSocket(baseUrl: string): Promise<Socket> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) }, () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Collects what the server sends until it closes the connection (or resets it). */
export function untilClosed(socket: Socket): Promise<RawExchange> {
  let received = '';
  socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
  return new Promise((resolve) => {
    const done = () => resolve({ received, status: statusOf(received) });
    // A reset after the answer is a close too: the server refused to read the rest.
    socket.on('error', () => undefined);
    if (socket.destroyed) done();
    else socket.once('close', done);
  });
}

/** Resolves with what has arrived as soon as it holds a complete response head. */
export function untilResponseHead(socket: Socket): Promise<RawExchange> {
  let received = '';
  return new Promise((resolve, reject) => {
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
      if (received.includes('\r\n\r\n')) resolve({ received, status: statusOf(received) });
    });
    socket.once('close', () => (received.includes('\r\n\r\n') ? undefined : reject(new Error(`The server closed the connection without a response head: ${JSON.stringify(received)}`))));
  });
}

/** Sends bytes on a new connection and waits until the server has closed it. */
export async function sendRaw(baseUrl: string, bytes: string | Buffer): Promise<RawExchange> {
  const socket = await openSocket(baseUrl);
  const closed = untilClosed(socket);
  socket.write(bytes);
  return closed;
}

/** Writes and waits for the socket to take the bytes (so a sender cannot outrun the network). */
export function writeAndDrain(socket: Socket, bytes: string | Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    if (socket.destroyed) return reject(new Error('The connection is closed.'));
    socket.write(bytes, (error) => (error ? reject(error) : resolve()));
  });
}
