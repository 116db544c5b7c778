/**
 * Timing of the test endpoint's answers: a wait before the header section
 * and content delivered in pieces over a period (drip), both bounded by
 * limits.ts. Timers only: a waiting answer costs no CPU, and at most
 * `maxDelayed` answers wait at once (more get 503), so the rest of the
 * service never waits behind them.
 */

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A counter of answers holding a timer; `enter` fails when the ceiling is reached. */
export function createGate(max: number) {
  let held = 0;
  return {
    enter(): boolean {
      if (held >= max) return false;
      held++;
      return true;
    },
    leave(): void {
      held--;
    },
    get held() {
      return held;
    },
  };
}

/**
 * The content as a stream of up to `pieces` parts, one every `ms / pieces`
 * milliseconds, the first after the header section has gone. `beforePiece`
 * may stop the stream before a part is sent (returns false: the reset option
 * cuts the connection there); `done` runs once, however the stream ends.
 */
export function dripStream(
  content: Uint8Array,
  ms: number,
  pieces: number,
  hooks: { beforePiece?: (index: number) => boolean; done: () => void },
): ReadableStream<Uint8Array> {
  const count = Math.max(1, Math.min(pieces, content.byteLength));
  const size = Math.ceil(content.byteLength / count);
  let index = 0;
  let finished = false;
  const finish = () => {
    if (!finished) {
      finished = true;
      hooks.done();
    }
  };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      await sleep(ms / count);
      if (hooks.beforePiece && !hooks.beforePiece(index)) {
        finish();
        return;
      }
      controller.enqueue(content.subarray(index * size, (index + 1) * size));
      index++;
      if (index * size >= content.byteLength) {
        controller.close();
        finish();
      }
    },
    cancel: finish,
  });
}
