/**
 * What the test endpoint can ask of the connection beneath it. The Node
 * entry provides all of it (node-transport.ts); a Workers-style runtime
 * provides none, and the endpoint says so instead of pretending.
 */
export interface Transport {
  /** The client's address, for the per-client limit. */
  clientAddress: string;
  /** Sends a 103 (Early Hints) interim response with these fields (RFC 8297 §2). */
  earlyHints: (fields: Record<string, string | string[]>) => Promise<void>;
  /** True when the request carries `Expect: 100-continue` and no 100 was sent yet (RFC 9110 §10.1.1). */
  awaitingContinue: () => boolean;
  /** Sends 100 (Continue) before the content is read (RFC 9110 §15.2.1). */
  sendContinue: () => void;
  /** Ends the connection with a TCP reset, after what was written so far has left. */
  reset: () => void;
}

/** Why a feature is missing where no transport is given (the Workers entry). */
export const NO_TRANSPORT_NOTE =
  'This deployment runs the endpoint without access to the connection (a Workers-style runtime): it cannot send 1xx interim responses or reset the connection. The Node server (npm start) can.';
