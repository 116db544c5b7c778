/**
 * One HTTP/1.1 exchange over a real socket with `node:http`, which (unlike
 * `fetch`) hands back the bytes as sent: no decoding of Content-Encoding, no
 * redirect following (tests only).
 */
import { request } from 'node:http';

export interface Exchange {
  status: number;
  /** Header fields, names in lower case; repeated fields joined with ", ". */
  headers: Record<string, string>;
  /** The content as received (still content-coded). */
  body: Buffer;
}

/** Sends `method path` to `origin` with exactly `headers` (no Accept-Encoding unless given). */
export function exchange(origin: string, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Exchange> {
  return new Promise((resolve, reject) => {
    const req = request(`${origin}${path}`, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const fields: Record<string, string> = {};
        for (const [name, value] of Object.entries(res.headers)) {
          if (value !== undefined) fields[name] = Array.isArray(value) ? value.join(', ') : value;
        }
        resolve({ status: res.statusCode ?? 0, headers: fields, body: Buffer.concat(chunks) });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}
