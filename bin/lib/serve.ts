/** A static server on 127.0.0.1 with a random port, for test and demo pages. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PageServer {
  origin: string;
  set: (path: string, html: string) => void;
  close: () => Promise<void>;
}

export async function servePages(pages: Record<string, string> = {}): Promise<PageServer> {
  const routes = new Map(Object.entries(pages));
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const body = routes.get(path);
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    set: (path, html) => routes.set(path, html),
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
