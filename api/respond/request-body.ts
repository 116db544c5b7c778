/**
 * Reads request content up to the cap (limits.ts). A declared Content-Length
 * beyond it is refused before a byte is read; chunked content is counted as it
 * arrives and reading stops at the cap.
 */
import { RESPOND_CAPS } from './limits.ts';

export type BodyResult = { kind: 'ok'; bytes: Uint8Array } | { kind: 'too-large' };

/** True when the request's Content-Length already exceeds the cap. */
export function declaredTooLarge(headers: Headers): boolean {
  const length = headers.get('content-length');
  return length !== null && /^\d+$/.test(length) && Number(length) > RESPOND_CAPS.bodyBytes;
}

/** The content, or `too-large` as soon as more than the cap has arrived. */
export async function readBounded(request: Request): Promise<BodyResult> {
  if (declaredTooLarge(request.headers)) return { kind: 'too-large' };
  if (!request.body) return { kind: 'ok', bytes: new Uint8Array(0) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > RESPOND_CAPS.bodyBytes) {
      await reader.cancel().catch(() => {});
      return { kind: 'too-large' };
    }
    chunks.push(value);
  }
  return { kind: 'ok', bytes: Buffer.concat(chunks) };
}

/** The 413 problem's detail, naming the cap. */
export const TOO_LARGE_DETAIL = `Request content may be at most ${RESPOND_CAPS.bodyBytes} bytes (1 MiB) on this endpoint.`;
