import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Servers that are not Docker daemons, on unix sockets or loopback TCP, and their clean-up. */
export class FakeServers {
  readonly dir = mkdtempSync(join(tmpdir(), 'dac-fake-'));
  private readonly servers: net.Server[] = [];
  private readonly sockets = new Set<net.Socket>();

  /** An HTTP server answering every request with `answer`. */
  http(name: string, answer: (res: http.ServerResponse) => void): Promise<string> {
    return this.listen(
      name,
      http.createServer((_req, res) => answer(res)),
    );
  }

  /** A server that accepts connections and writes `bytes`, or nothing at all. */
  raw(name: string, bytes?: Buffer): Promise<string> {
    return this.listen(
      name,
      net.createServer((socket) => {
        if (bytes) socket.end(bytes);
      }),
    );
  }

  /** A loopback TCP port that nothing listens on. */
  async closedPort(): Promise<string> {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    return `tcp://127.0.0.1:${port}`;
  }

  /** A regular file where a socket is expected. */
  file(name: string): string {
    const path = join(this.dir, name);
    writeFileSync(path, '');
    return `unix://${path}`;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await Promise.all(this.servers.map((server) => new Promise((resolve) => server.close(resolve))));
    rmSync(this.dir, { recursive: true, force: true });
  }

  private async listen(name: string, server: net.Server): Promise<string> {
    this.servers.push(server);
    server.on('connection', (socket: net.Socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    const path = join(this.dir, `${name}.sock`);
    await new Promise<void>((resolve) => server.listen(path, resolve));
    return `unix://${path}`;
  }
}
