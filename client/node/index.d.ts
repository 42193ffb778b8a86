// Types of agated-client (index.js). Hand-written: the package has no
// build step.

export declare const PROTOCOL_VERSION: 1;
export declare const DEFAULT_SOCKET: string;
export declare const DEFAULT_CONNECT_TIMEOUT_MS: number;
export declare const DEFAULT_REPLY_TIMEOUT_MS: number;
export declare const DEFAULT_REVIEW_TIMEOUT_MS: number;
export declare const FRAME_MAX_DEFAULT: number;

/** $AGATE_SOCKET, else ./agate-run/agated.sock when it exists, else
 * /run/agate/agated.sock; absolute. */
export declare function defaultSocket(): string;

export type ErrorCode =
  | 'unreachable' | 'timeout' | 'protocol' | 'internal' | 'bad_request' | 'too_large'
  | 'unsupported_version' | 'unknown_op' | 'forbidden' | 'not_found' | 'overloaded'
  | 'audit_unavailable' | 'reload_failed' | (string & {});

/** A msgpack-encodable value. */
export type WireValue =
  | string | number | bigint | boolean | null | Uint8Array
  | WireValue[] | { [key: string]: WireValue | undefined };
export type WireMap = { [key: string]: WireValue | undefined };

export interface Vote {
  component: string;
  score: number;
  threshold: number;
  block: boolean;
  abstain?: boolean;
  why: string;
}

export interface Scores {
  cascade?: boolean;
  drift?: number;
  session_drift?: number;
  resonance?: number;
  provenance?: number;
  veto?: boolean;
  hard_veto?: boolean;
  axis?: string | null;
  votes?: Vote[];
  [key: string]: unknown;
}

/** A check's answer. Every key is always present; `allowed` is true only
 * for a well-formed allow from the daemon. */
export interface Verdict {
  verdict: 'allow' | 'block' | 'review';
  allowed: boolean;
  enforcement: 'allow' | 'block' | 'stop' | 'review' | 'reflect' | null;
  rule: string | null;
  reason: string;
  advice: string | null;
  scores: Scores;
  auditId: number | bigint | null;
  evalNs: number | bigint | null;
  generation: number | bigint | null;
  trace: string | null;
  shadow: string | null;
  decisionAuditId: number | bigint | null;
  /** for a held call: the deciding uid, -1 for a timeout */
  decidedBy: number | null;
  /** with verdict "review" (hold: false): the id an operator approves */
  approvalId: number | bigint | null;
  /** null for an answer of the daemon's rules; "review" for an unheld
   * review; else why the call is blocked without a decision */
  error: ErrorCode | 'review' | null;
  message: string | null;
  /** the daemon's reply as decoded, null when there was none */
  reply: Record<string, unknown> | null;
}

export declare function blockedVerdict(code: ErrorCode, message: string, reply?: Record<string, unknown> | null): Verdict;
/** "agate blocked this call: REASON (rule R; audit id N)" */
export declare function blockedMessage(v: Verdict): string;

export declare class AgateError extends Error {
  constructor(code: ErrorCode, message: string, reply?: Record<string, unknown> | null);
  readonly code: ErrorCode;
  readonly detail: string;
  readonly reply: Record<string, unknown> | null;
}

export declare class BlockedError extends Error {
  constructor(tool: string, verdict: Verdict);
  readonly tool: string;
  readonly verdict: Verdict;
  readonly reason: string;
  readonly rule: string | null;
  readonly auditId: number | bigint | null;
  readonly error: Verdict['error'];
}

export interface ClientOptions {
  socketPath?: string;
  /** default 5000; null waits forever */
  connectTimeoutMs?: number | null;
  /** wait for a reply once the replies before it have come; default 5000 */
  replyTimeoutMs?: number | null;
  /** extra wait of a check that may be held; default: the daemon's
   * review_timeout_s (300 s until known); null waits forever */
  reviewTimeoutMs?: number | null;
  agent?: string;
  session?: string;
  maxFrame?: number;
}

export interface CheckOptions {
  agent?: string;
  session?: string;
  context?: WireMap;
  text?: string;
  explain?: boolean;
  /** default true: a review waits for the operator */
  hold?: boolean;
  /** this check's reply timeout instead of the client's */
  timeoutMs?: number | null;
}

export interface GuardOptions<A extends unknown[]> extends CheckOptions {
  /** the tool's arguments, or how to make them from the call's */
  args?: WireMap | ((...callArgs: A) => WireMap | Promise<WireMap>);
}

export interface RegisterOptions {
  agent?: string;
  session?: string;
  purpose: string;
  role?: string;
  tools?: string[];
  scope?: WireMap;
}

export interface RequestOptions {
  held?: boolean;
  timeoutMs?: number | null;
}

export type Reply = Record<string, any> & { id: number; ok: boolean };

export declare class Client {
  constructor(opts?: ClientOptions | string);
  readonly socketPath: string;
  connectTimeoutMs: number | null;
  replyTimeoutMs: number | null;
  reviewTimeoutMs: number | null | undefined;
  agent?: string;
  session?: string;
  /** requests made whose replies have not come */
  readonly inFlight: number;

  check(tool: string, args?: WireMap, opts?: CheckOptions): Promise<Verdict>;
  guard<A extends unknown[], R>(toolName: string, fn: (...args: A) => R | Promise<R>,
    opts?: GuardOptions<A>): (...args: A) => Promise<Awaited<R>>;

  request(op: string, fields?: WireMap, opts?: RequestOptions): Promise<Reply>;
  call(op: string, fields?: WireMap, opts?: RequestOptions): Promise<Reply>;
  register(opts: RegisterOptions): Promise<Reply>;
  ping(): Promise<Reply>;
  stats(opts?: { format?: 'prometheus' }): Promise<Reply>;
  pending(): Promise<Reply>;
  approve(auditId: number | bigint, opts?: { reason?: string }): Promise<Reply>;
  deny(auditId: number | bigint, opts?: { reason?: string }): Promise<Reply>;
  reload(opts?: { force?: boolean }): Promise<Reply>;
  resume(agent: string, session: string): Promise<Reply>;
  sessions(opts?: { limit?: number }): Promise<Reply>;
  close(): void;
}
