// agated-client - the Node client of agated, the pre-execution gate for AI
// agents. Before an agent runs a tool call it asks the daemon whether it may:
//
//   import { Client } from 'agated-client';
//   const gate = new Client();                 // $AGATE_SOCKET or the default
//   const v = await gate.check('bash', { command: 'rm -rf /' }, { agent: 'coder' });
//   if (!v.allowed) refuse(v.reason);
//
// check() FAILS CLOSED: it never rejects for a transport or protocol problem
// and never answers allowed unless the daemon answered allow in a
// well-formed reply. When the daemon cannot be reached, is too slow, or
// sends something malformed, the verdict is "block" with `error` set to
// "unreachable", "timeout" or "protocol" (or the daemon's own code, such as
// "overloaded", when it refused the request).
//
// The wire protocol (docs/protocol.md): a frame is a 4-byte big-endian
// length and one msgpack map; requests carry v (1), id and op; replies
// carry id and ok and come back in request order on each connection. One
// Client keeps one connection and pipelines every request on it.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Decoder, Encoder } from '@msgpack/msgpack';

export const PROTOCOL_VERSION = 1;
export const DEFAULT_SOCKET = '/run/agate/agated.sock';
export const DEFAULT_CONNECT_TIMEOUT_MS = 5000;
export const DEFAULT_REPLY_TIMEOUT_MS = 5000;
// agated's own default review-timeout, used until a daemon says otherwise
export const DEFAULT_REVIEW_TIMEOUT_MS = 300_000;
export const FRAME_MAX_DEFAULT = 1024 * 1024;

const VERDICTS = new Set(['allow', 'block', 'review']);

/** $AGATE_SOCKET, else ./agate-run/agated.sock when it exists, else
 * /run/agate/agated.sock (the order of agatectl, libagate and the Python
 * client), made absolute once so that a later chdir changes nothing. */
export function defaultSocket() {
  const env = process.env.AGATE_SOCKET;
  if (env) return path.resolve(env);
  const local = path.resolve('agate-run', 'agated.sock');
  if (fs.existsSync(local)) return local;
  return DEFAULT_SOCKET;
}

/** A request that got no usable reply. code is "unreachable", "timeout",
 * "protocol", "internal", or the daemon's error code when it answered
 * ok: false (reply then holds the daemon's reply). */
export class AgateError extends Error {
  constructor(code, message, reply = null) {
    super(`${code}: ${message}`);
    this.name = 'AgateError';
    this.code = code;
    this.detail = message;
    this.reply = reply;
  }
}

/** The sentence an agent (or its model) is shown for a refused call. */
export function blockedMessage(v) {
  const parts = [];
  if (v.rule) parts.push(`rule ${v.rule}`);
  if (v.verdict === 'review' && v.approvalId != null) parts.push(`approval id ${v.approvalId}`);
  else if (v.auditId != null) parts.push(`audit id ${v.auditId}`);
  if (v.error && v.error !== 'review') parts.push(`error ${v.error}`);
  const head = v.verdict === 'review'
    ? 'agate holds this call for review (an operator may approve it)'
    : 'agate blocked this call';
  return `${head}: ${v.reason || 'no reason given'}${parts.length ? ` (${parts.join('; ')})` : ''}`;
}

/** Thrown by a guarded function when the gate does not allow the call; the
 * function was not run. */
export class BlockedError extends Error {
  constructor(tool, verdict) {
    super(blockedMessage(verdict));
    this.name = 'BlockedError';
    this.tool = tool;
    this.verdict = verdict;
    this.reason = verdict.reason;
    this.rule = verdict.rule;
    this.auditId = verdict.auditId;
    this.error = verdict.error;
  }
}

/** A fail-closed verdict: every key of a check's verdict, verdict block. */
export function blockedVerdict(code, message, reply = null) {
  return {
    verdict: 'block', allowed: false, enforcement: 'block', rule: null,
    reason: message, advice: null, scores: {}, auditId: null, evalNs: null,
    generation: null, trace: null, shadow: null, decisionAuditId: null,
    decidedBy: null, approvalId: null, error: code, message, reply,
  };
}

const num = (x) => (typeof x === 'number' || typeof x === 'bigint' ? x : null);
const str = (x) => (typeof x === 'string' ? x : null);

// A check's reply map to a verdict object (camelCase keys, every documented
// key present). Anything but a well-formed allow is not allowed.
function verdictFrom(reply) {
  if (!reply.ok) {
    const code = str(reply.error) || 'protocol';
    const v = blockedVerdict(code, str(reply.message) || `refused: ${code}`, reply);
    v.auditId = num(reply.audit_id);
    return v;
  }
  if (!VERDICTS.has(reply.verdict))
    return blockedVerdict('protocol', 'malformed reply: no verdict', reply);
  const scores = reply.scores && typeof reply.scores === 'object' && !Array.isArray(reply.scores)
    ? reply.scores : {};
  return {
    verdict: reply.verdict,
    allowed: reply.verdict === 'allow',
    enforcement: str(reply.enforcement),
    rule: str(reply.rule),
    reason: str(reply.reason) || '',
    advice: str(reply.advice),
    scores,
    auditId: num(reply.audit_id),
    evalNs: num(reply.eval_ns),
    generation: num(reply.generation),
    trace: str(reply.trace),
    shadow: str(reply.shadow),
    decisionAuditId: num(reply.decision_audit_id),
    decidedBy: num(reply.decided_by),
    approvalId: num(reply.approval_id),
    error: reply.verdict === 'review' ? 'review' : null,
    message: null,
    reply,
  };
}

const isMap = (x) => x !== null && typeof x === 'object' && !Array.isArray(x) &&
  !(x instanceof Uint8Array);

function positive(name, value, dflt) {
  if (value === undefined) return dflt;
  if (value === null) return null;
  if (typeof value !== 'number' || !(value > 0))
    throw new TypeError(`${name} must be a positive number of milliseconds or null`);
  return value;
}

/**
 * A connection to agated over its Unix socket, made on demand and made
 * again after it is lost. Requests are pipelined: many may be in flight;
 * replies are matched to them in order.
 *
 * Options:
 *   socketPath        the socket (default: defaultSocket())
 *   connectTimeoutMs  bound on connecting (default 5000)
 *   replyTimeoutMs    bound on waiting for a reply once the replies before it
 *                     have come (default 5000); null waits forever
 *   reviewTimeoutMs   how long a check that may be held for review waits
 *                     beyond replyTimeoutMs; default: the daemon's
 *                     review_timeout_s (asked with a ping pipelined ahead of
 *                     the first request of each connection), 300 s until known
 *   agent, session    defaults for check() and guard()
 *   maxFrame          the largest reply accepted (default 1 MiB)
 */
export class Client {
  constructor(opts = {}) {
    if (typeof opts === 'string') opts = { socketPath: opts };
    this.socketPath = opts.socketPath ? path.resolve(opts.socketPath) : defaultSocket();
    this.connectTimeoutMs = positive('connectTimeoutMs', opts.connectTimeoutMs, DEFAULT_CONNECT_TIMEOUT_MS);
    this.replyTimeoutMs = positive('replyTimeoutMs', opts.replyTimeoutMs, DEFAULT_REPLY_TIMEOUT_MS);
    this.reviewTimeoutMs = positive('reviewTimeoutMs', opts.reviewTimeoutMs, undefined);
    this.agent = opts.agent;
    this.session = opts.session;
    this.maxFrame = opts.maxFrame ?? FRAME_MAX_DEFAULT;
    this._daemonReviewMs = null;   // learned from ping
    this._sock = null;
    this._connecting = null;       // the socket being connected
    this._waiting = [];            // requests made while connecting
    this._inflight = [];           // requests written, oldest first
    this._rbuf = Buffer.alloc(0);
    this._nextId = 1;
    this._timer = null;
    this._encoder = new Encoder({ ignoreUndefined: true });
    this._decoder = new Decoder({ maxStrLength: this.maxFrame, maxBinLength: this.maxFrame });
  }

  /** Requests made whose replies have not come yet. */
  get inFlight() { return this._waiting.length + this._inflight.filter((r) => !r.internal).length; }

  /** Closes the connection; requests still waiting are answered as lost
   * (checks: blocked). The next request connects again. */
  close() {
    const err = new AgateError('unreachable', 'the client was closed');
    if (this._connecting) this._connectFail(err);
    this._drop(err, false);
  }

  // ---- the connection ---------------------------------------------------

  // Requests made while no connection is open wait in _waiting, in order,
  // and are written once it is.
  _connect() {
    const where = this.socketPath;
    const s = net.createConnection({ path: where });
    this._connecting = s;
    this._connectFail = (err) => fail(err);
    let timer = null;
    const fail = (err) => {
      if (timer) clearTimeout(timer);
      s.removeListener('error', onError);
      s.on('error', () => {}); // a late error of an abandoned socket
      s.destroy();
      this._connecting = null;
      const waiting = this._waiting;
      this._waiting = [];
      for (const r of waiting) r.reject(err);
    };
    const onError = (e) => fail(new AgateError('unreachable', `cannot connect to ${where}: ${e.code || e.message}`));
    if (this.connectTimeoutMs !== null)
      timer = setTimeout(() => fail(new AgateError('timeout',
        `connecting to ${where}: no answer in ${this.connectTimeoutMs} ms`)), this.connectTimeoutMs);
    s.once('error', onError);
    s.once('connect', () => {
      if (timer) clearTimeout(timer);
      s.removeListener('error', onError);
      this._connecting = null;
      this._attach(s);
      const waiting = this._waiting;
      this._waiting = [];
      for (const r of waiting) this._send(r, false);
    });
  }

  _attach(s) {
    this._sock = s;
    this._rbuf = Buffer.alloc(0);
    s.setNoDelay?.(true);
    s.on('data', (chunk) => this._onData(s, chunk));
    s.on('error', (e) => { s._agateError = e; });
    s.on('close', () => this._onClose(s));
    // the daemon's review timeout, asked ahead of the first request: its
    // reply comes before theirs, so a held check's wait is known in time
    if (this.reviewTimeoutMs === undefined) {
      this._write({ op: 'ping', internal: true, held: false, timeoutMs: this.replyTimeoutMs,
        resolve: (reply) => {
          if (reply.ok && typeof reply.review_timeout_s === 'number' && reply.review_timeout_s >= 0)
            this._daemonReviewMs = reply.review_timeout_s * 1000;
        },
        reject: () => {} }, {});
    }
    this._idle();
  }

  // An idle connection does not keep the process alive.
  _idle() {
    if (!this._sock) return;
    if (this._inflight.length) this._sock.ref(); else this._sock.unref();
  }

  _drop(err, retry) {
    const s = this._sock;
    this._sock = null;
    this._rbuf = Buffer.alloc(0);
    if (this._timer) { clearTimeout(this._timer); this._timer = null; }
    const lost = this._inflight;
    this._inflight = [];
    if (s) s.destroy();
    for (const r of lost) {
      if (retry && !r.internal && !r.retried) {
        r.retried = true;
        this._dispatch(r);
      } else {
        r.reject(err);
      }
    }
  }

  _onClose(s) {
    if (s !== this._sock) return;
    const head = this._inflight.find((r) => !r.internal);
    // The daemon closes idle connections to make room (docs/protocol.md):
    // a request written on a connection that had been idle, closed before
    // any byte of its reply, is sent again once on a new connection.
    const retry = head !== undefined && head.reused && this._rbuf.length === 0 &&
      this._inflight[0] === head;
    const why = s._agateError ? `${s._agateError.code || s._agateError.message}` : 'connection closed by the daemon';
    this._drop(new AgateError('unreachable', `${this.socketPath}: ${why}`), retry);
  }

  _onData(s, chunk) {
    if (s !== this._sock) return;
    this._rbuf = this._rbuf.length ? Buffer.concat([this._rbuf, chunk]) : chunk;
    let off = 0;
    while (this._rbuf.length - off >= 4) {
      const n = this._rbuf.readUInt32BE(off);
      if (n > this.maxFrame)
        return this._drop(new AgateError('protocol', `reply of ${n} bytes is larger than ${this.maxFrame}`), false);
      if (this._rbuf.length - off - 4 < n) break;
      const payload = this._rbuf.subarray(off + 4, off + 4 + n);
      off += 4 + n;
      const err = this._deliver(payload);
      if (err) return this._drop(err, false);
    }
    this._rbuf = off === this._rbuf.length ? Buffer.alloc(0) : this._rbuf.subarray(off);
  }

  // One reply frame to the oldest request; an error closes the connection.
  _deliver(payload) {
    const head = this._inflight[0];
    if (!head) return new AgateError('protocol', 'a reply came with no request waiting');
    let reply;
    try {
      reply = this._decoder.decode(payload);
    } catch (e) {
      return new AgateError('protocol', `malformed reply: ${e.message}`);
    }
    if (!isMap(reply) || typeof reply.ok !== 'boolean')
      return new AgateError('protocol', 'malformed reply: not a map with a boolean ok');
    const idOk = reply.id === head.id || (!reply.ok && (reply.id === 0 || reply.id == null));
    if (!idOk) return new AgateError('protocol', `reply out of order (expected id ${head.id})`);
    this._inflight.shift();
    if (this._timer) { clearTimeout(this._timer); this._timer = null; }
    head.resolve(reply); // first: the internal ping sets the review time _arm uses
    this._arm();
    this._idle();
    return null;
  }

  // The reply timer runs for the oldest request only: a later one waits
  // behind it by the protocol's order, not because the daemon is slow.
  _arm() {
    const head = this._inflight[0];
    if (!head || this._timer) return;
    let ms = head.timeoutMs;
    if (ms !== null && head.held) {
      let review = this.reviewTimeoutMs; // null: no limit
      if (review === undefined) review = this._daemonReviewMs ?? DEFAULT_REVIEW_TIMEOUT_MS;
      ms = review === null ? null : ms + review;
    }
    if (ms === null) return;
    this._timer = setTimeout(() => {
      this._timer = null;
      this._drop(new AgateError('timeout', `no reply from ${this.socketPath} in ${ms} ms`), false);
    }, ms);
  }

  _write(r, fields) {
    r.id = this._nextId++;
    const body = { v: PROTOCOL_VERSION, id: r.id, op: r.op };
    for (const [k, v] of Object.entries(fields))
      if (k !== 'v' && k !== 'id' && k !== 'op' && v !== undefined && v !== null) body[k] = v;
    const payload = this._encoder.encode(body);
    const frame = Buffer.allocUnsafe(4 + payload.length);
    frame.writeUInt32BE(payload.length, 0);
    frame.set(payload, 4);
    this._inflight.push(r);
    this._sock.write(frame);
    this._arm();
  }

  _dispatch(r) {
    if (this._sock) {
      this._send(r, this._inflight.every((q) => q.internal));
      return;
    }
    this._waiting.push(r);
    if (!this._connecting) this._connect();
  }

  // reused: written on a connection that was open and idle before it
  _send(r, reused) {
    r.reused = reused;
    try {
      this._write(r, r.fields);
    } catch (e) {
      r.reject(new AgateError('internal', `cannot encode the request: ${e.message}`));
      return;
    }
    this._idle();
  }

  // ---- requests -----------------------------------------------------------

  /** Sends one request; resolves with the reply map whatever its ok, or
   * rejects with AgateError for a transport or protocol failure. */
  request(op, fields = {}, { held = false, timeoutMs } = {}) {
    return new Promise((resolve, reject) => {
      const to = timeoutMs === undefined ? this.replyTimeoutMs : timeoutMs;
      this._dispatch({ op, fields, held, timeoutMs: to, resolve, reject, internal: false });
    });
  }

  /** Sends one request and resolves with its reply when ok is true; rejects
   * with AgateError otherwise (the daemon's code and reply when it refused). */
  async call(op, fields = {}, opts = {}) {
    const reply = await this.request(op, fields, opts);
    if (!reply.ok)
      throw new AgateError(str(reply.error) || 'protocol', str(reply.message) || 'refused', reply);
    return reply;
  }

  /**
   * Asks whether `tool` may run with `args`. Resolves with the verdict:
   * { verdict, allowed, enforcement, rule, reason, advice, scores, auditId,
   *   evalNs, generation, trace, shadow, decisionAuditId, decidedBy,
   *   approvalId, error, message, reply }. Never rejects: every failure is a
   * block with `error` saying why.
   * opts: agent, session, context, text, explain, hold (default true: a
   * call sent to review waits for the operator, up to the daemon's review
   * timeout; false: answered at once with verdict "review" and approvalId).
   */
  async check(tool, args = {}, opts = {}) {
    if (typeof tool !== 'string' || tool === '')
      return blockedVerdict('bad_request', 'check needs a tool name');
    if (!isMap(args)) return blockedVerdict('bad_request', 'check args must be an object');
    const hold = opts.hold ?? true;
    const fields = {
      tool, args,
      agent: opts.agent ?? this.agent,
      session: opts.session ?? this.session,
      context: opts.context, text: opts.text,
      explain: opts.explain ? true : undefined,
      hold: hold ? undefined : false,
    };
    let reply;
    try {
      reply = await this.request('check', fields, { held: hold, timeoutMs: opts.timeoutMs });
    } catch (e) {
      if (e instanceof AgateError) return blockedVerdict(e.code, e.detail, e.reply);
      return blockedVerdict('internal', String(e?.message ?? e));
    }
    return verdictFrom(reply);
  }

  /**
   * Wraps an async (or plain) function so that every call asks the gate
   * first: allowed, the function runs and its result is returned; refused,
   * it does not run and the returned promise rejects with BlockedError.
   * opts.args: an object, or a function of the call's arguments giving the
   * tool's arguments (default: the first argument when it is an object,
   * else { args: [...] }); agent, session, context, text, hold as for check.
   */
  guard(toolName, fn, opts = {}) {
    if (typeof fn !== 'function') throw new TypeError('guard needs a function');
    const gate = this;
    return async function guarded(...callArgs) {
      let args;
      try {
        args = typeof opts.args === 'function' ? await opts.args(...callArgs)
          : opts.args !== undefined ? opts.args
          : callArgs.length === 1 && isMap(callArgs[0]) ? callArgs[0] : { args: callArgs };
      } catch (e) {
        throw new BlockedError(toolName, blockedVerdict('internal',
          `the arguments of ${toolName} could not be read: ${e?.message ?? e}`));
      }
      const v = await gate.check(toolName, args, opts);
      if (!v.allowed) throw new BlockedError(toolName, v);
      return fn.apply(this, callArgs);
    };
  }

  /** Declares an agent's identity (docs/protocol.md, register). */
  register({ agent, session, purpose, role, tools, scope } = {}) {
    return this.call('register', { agent: agent ?? this.agent, session: session ?? this.session,
      purpose, role, tools, scope });
  }

  ping() { return this.call('ping'); }
  /** format: "prometheus" for the text form. */
  stats({ format } = {}) { return this.call('stats', { format }); }

  // Admin ops: from uid 0, the daemon's uid or an --admin-uid only.
  pending() { return this.call('pending'); }
  approve(auditId, { reason } = {}) { return this.call('approve', { audit_id: auditId, reason }); }
  deny(auditId, { reason } = {}) { return this.call('deny', { audit_id: auditId, reason }); }
  /** A reload takes as long as compiling the rules: waited for like a reply,
   * twice over. */
  reload({ force } = {}) {
    const t = this.replyTimeoutMs === null ? null : this.replyTimeoutMs * 2;
    return this.call('reload', { force: force ? true : undefined }, { timeoutMs: t });
  }
  resume(agent, session) { return this.call('resume', { agent, session }); }
  sessions({ limit } = {}) { return this.call('sessions', { limit }); }
}
