// client_test.mjs - agated-client (client/node) against a real agated with
// the default pack, and against fake daemons that are slow or answer
// garbage: verdicts, pipelining on one connection, guard, admin ops,
// review holds answered with the client's defaults, and failing closed.
import { encode } from '@msgpack/msgpack';
import { AgateError, BlockedError, Client } from 'agated-client';
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fakeDaemon, frame, startAgated, tempDir } from './harness.mjs';

const VERDICT_KEYS = ['verdict', 'allowed', 'enforcement', 'rule', 'reason', 'advice', 'scores',
  'auditId', 'evalNs', 'generation', 'trace', 'shadow', 'decisionAuditId', 'decidedBy',
  'approvalId', 'error', 'message', 'reply'].sort();
const keysOf = (v) => Object.keys(v).sort();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const uid = process.getuid();

describe('against agated with the default pack', () => {
  let d;
  let gate;
  before(async () => {
    d = await startAgated({ reviewTimeout: 60 });
    gate = new Client({ socketPath: d.sock, agent: 'node-test', session: 's1' });
  });
  after(async () => {
    gate.close();
    await d.stop();
  });

  test('an allowed and a blocked check, every documented key present', async () => {
    const ok = await gate.check('bash', { command: 'ls -la' });
    assert.equal(ok.verdict, 'allow', JSON.stringify(ok.reply));
    assert.equal(ok.allowed, true);
    assert.equal(ok.error, null);
    assert.ok(Number(ok.auditId) > 0);
    assert.deepEqual(keysOf(ok), VERDICT_KEYS);

    const no = await gate.check('bash', { command: 'rm -rf /' }, { explain: true });
    assert.equal(no.verdict, 'block');
    assert.equal(no.allowed, false);
    assert.ok(no.rule, 'a rule decided');
    assert.ok(no.reason.length > 0);
    assert.ok(Number(no.auditId) > Number(ok.auditId));
    assert.equal(typeof no.trace, 'string', 'explain adds the trace');
    assert.equal(typeof no.scores, 'object');
    assert.deepEqual(keysOf(no), VERDICT_KEYS);
  });

  test('a malformed check is refused by the daemon and comes back blocked', async () => {
    const v = await gate.check('bash', { command: 'ls' }, { context: 'not a map' });
    assert.equal(v.allowed, false);
    assert.equal(v.error, 'bad_request');
    assert.deepEqual(keysOf(v), VERDICT_KEYS);
  });

  test('pipelined checks share one connection and each gets its own verdict', async () => {
    const c = new Client({ socketPath: d.sock, agent: 'node-pipe', session: 'p1' });
    const before = await c.stats();
    const cmds = [];
    for (let i = 0; i < 40; i++) cmds.push(i % 2 ? 'rm -rf /' : `ls /tmp/dir${i}`);
    const pending = cmds.map((command) => c.check('bash', { command }));
    assert.equal(c.inFlight, 40);
    const all = await Promise.all(pending);
    assert.equal(c.inFlight, 0);
    const afterStats = await c.stats();
    all.forEach((v, i) => assert.equal(v.verdict, i % 2 ? 'block' : 'allow', `${cmds[i]}: ${v.reason}`));
    const ids = all.map((v) => Number(v.auditId));
    assert.deepEqual([...ids].sort((a, b) => a - b), ids, 'replies matched in request order');
    assert.equal(new Set(ids).size, ids.length);
    assert.equal(afterStats.connections_total, before.connections_total,
      'no other connection was opened for 40 checks');
    c.close();
  });

  test('guard runs an allowed function and never runs a blocked one', async () => {
    const ran = [];
    const bash = gate.guard('bash', async (command) => { ran.push(command); return `ran ${command}`; },
      { args: (command) => ({ command }) });
    assert.equal(await bash('ls -la'), 'ran ls -la');
    await assert.rejects(bash('rm -rf /'), (e) => {
      assert.ok(e instanceof BlockedError);
      assert.equal(e.tool, 'bash');
      assert.ok(e.rule);
      assert.ok(Number(e.auditId) > 0);
      assert.match(e.message, /^agate blocked this call: .+ \(rule .+; audit id \d+\)$/);
      return true;
    });
    assert.deepEqual(ran, ['ls -la'], 'the blocked call never ran');
    // a single object argument is the tool's arguments
    const write = gate.guard('write_file', async ({ path: p }) => p);
    assert.equal(await write({ path: '/tmp/notes.txt', content: 'x' }), '/tmp/notes.txt');
  });

  test('register, ping, stats, sessions', async () => {
    const r = await gate.register({ agent: 'node-registered', purpose: 'lists files for a test',
      tools: ['bash'] });
    assert.equal(r.agent, 'node-registered');
    assert.equal(r.uid, uid);
    assert.equal(r.tools, 1);
    const p = await gate.ping();
    assert.equal(p.v, 1);
    assert.equal(p.review_timeout_s, 60);
    const s = await gate.stats();
    assert.ok(s.checks >= 2);
    const prom = await gate.stats({ format: 'prometheus' });
    assert.match(prom.text, /agate/);
    const ss = await gate.sessions({ limit: 10 });
    assert.ok(ss.sessions.some((x) => x.agent === 'node-test' && x.session === 's1'));
  });

  test('admin: approve a held check, deny another, refuse an unknown id', async () => {
    const agentClient = new Client({ socketPath: d.sock, agent: 'node-held', session: 'h1' });
    const admin = new Client({ socketPath: d.sock });
    const held = agentClient.check('bash', { command: 'sudo -l' });
    let p;
    for (let i = 0; i < 100; i++) {
      p = await admin.pending();
      if (p.pending.some((x) => x.agent === 'node-held')) break;
      await sleep(50);
    }
    const entry = p.pending.find((x) => x.agent === 'node-held');
    assert.ok(entry, 'the call is held');
    assert.equal(entry.held, true);
    const a = await admin.approve(entry.audit_id, { reason: 'checked by the test' });
    assert.equal(a.verdict, 'allow');
    const v = await held;
    assert.equal(v.verdict, 'allow');
    assert.equal(v.enforcement, 'review');
    assert.equal(v.decidedBy, uid);

    const held2 = agentClient.check('bash', { command: 'sudo -l' }, { session: 'h2' });
    for (let i = 0; i < 100; i++) {
      p = await admin.pending();
      if (p.pending.some((x) => x.session === 'h2')) break;
      await sleep(50);
    }
    await admin.deny(p.pending.find((x) => x.session === 'h2').audit_id);
    assert.equal((await held2).verdict, 'block');

    await assert.rejects(admin.approve(999999999), (e) => e instanceof AgateError && e.code === 'not_found');
    agentClient.close();
    admin.close();
  });

  test('an unheld review (hold: false) gives an approval id; approved, the same call is allowed once', async () => {
    const c = new Client({ socketPath: d.sock, agent: 'node-unheld', session: 'u1' });
    const v = await c.check('bash', { command: 'sudo -l' }, { hold: false });
    assert.equal(v.verdict, 'review');
    assert.equal(v.allowed, false);
    assert.ok(Number(v.approvalId) > 0);
    assert.match(new BlockedError('bash', v).message, /^agate holds this call for review/);
    const a = await gate.approve(v.approvalId);
    assert.equal(a.held, false);
    const again = await c.check('bash', { command: 'sudo -l' }, { hold: false });
    assert.equal(again.verdict, 'allow', again.reason);
    const third = await c.check('bash', { command: 'sudo -l' }, { hold: false });
    assert.equal(third.verdict, 'review', 'the grant was used up');
    c.close();
  });

  test('reload answers with the generation', async () => {
    const before = (await gate.ping()).generation;
    const r = await gate.reload();
    assert.ok(r.generation > before);
  });

  test('a held check waits 30 s for the operator with the default timeouts', { timeout: 120_000 }, async () => {
    const c = new Client({ socketPath: d.sock, agent: 'node-slow-review', session: 'r30' });
    const admin = new Client({ socketPath: d.sock });
    let answered = null;
    const held = c.check('bash', { command: 'sudo -l' }).then((v) => { answered = v; return v; });
    await sleep(30_000);
    assert.equal(answered, null, 'the check is still waiting after 30 s');
    const p = await admin.pending();
    const entry = p.pending.find((x) => x.agent === 'node-slow-review');
    assert.ok(entry, 'still held by the daemon');
    await admin.approve(entry.audit_id);
    const v = await held;
    assert.equal(v.verdict, 'allow', v.reason);
    assert.equal(v.error, null);
    c.close();
    admin.close();
  });
});

test('a review that times out in the daemon is answered blocked by the daemon, not by the client', async () => {
  const d = await startAgated({ reviewTimeout: 2 });
  const c = new Client({ socketPath: d.sock, agent: 'node-timeout', session: 't1' });
  try {
    const v = await c.check('bash', { command: 'sudo -l' });
    assert.equal(v.verdict, 'block');
    assert.equal(v.error, null, `answered by the daemon: ${v.reason}`);
    assert.match(v.reason, /review timed out/);
    assert.equal(v.decidedBy, -1);
  } finally {
    c.close();
    await d.stop();
  }
});

test('the daemon gone: blocked; restarted at the same path: reconnected', async () => {
  const d = await startAgated();
  const c = new Client({ socketPath: d.sock });
  assert.equal((await c.check('bash', { command: 'ls' })).verdict, 'allow');
  await d.stop();
  const down = await c.check('bash', { command: 'ls' });
  assert.equal(down.verdict, 'block');
  assert.equal(down.error, 'unreachable');
  assert.deepEqual(keysOf(down), VERDICT_KEYS);
  const guarded = c.guard('bash', () => assert.fail('ran while the daemon was down'));
  await assert.rejects(guarded({ command: 'ls' }), (e) => e instanceof BlockedError && e.error === 'unreachable');
  await assert.rejects(c.ping(), (e) => e instanceof AgateError && e.code === 'unreachable');
  const again = await startAgated({ tmp: d.tmp });
  try {
    assert.equal(again.sock, d.sock);
    assert.equal((await c.check('bash', { command: 'ls' })).verdict, 'allow');
  } finally {
    c.close();
    await again.stop();
  }
});

test('no daemon at the socket path: blocked, unreachable', async () => {
  const c = new Client({ socketPath: path.join(tempDir(), 'none.sock') });
  const v = await c.check('bash', { command: 'ls' });
  assert.equal(v.verdict, 'block');
  assert.equal(v.error, 'unreachable');
  assert.match(v.reason, /ENOENT/);
  assert.equal(v.allowed, false);
});

test('a daemon that never answers: blocked, timeout, for a check and a held check', async () => {
  const f = await fakeDaemon(() => {});
  const c = new Client({ socketPath: f.sock, replyTimeoutMs: 200, reviewTimeoutMs: 100 });
  const v = await c.check('bash', { command: 'ls' }, { hold: false });
  assert.equal(v.verdict, 'block');
  assert.equal(v.error, 'timeout');
  const held = await c.check('bash', { command: 'ls' });
  assert.equal(held.error, 'timeout');
  assert.match(held.reason, /in 300 ms/, 'a held check waits the reply time plus the review time');
  c.close();
  await f.close();
});

test('a held check waits the review time the daemon gives in its ping', async () => {
  const { decode } = await import('@msgpack/msgpack');
  const f = await fakeDaemon((s, payload) => {
    const req = decode(payload);
    if (req.op === 'ping') s.write(frame(encode({ id: req.id, ok: true, v: 1, review_timeout_s: 1 })));
  });
  const c = new Client({ socketPath: f.sock, replyTimeoutMs: 200 });
  const v = await c.check('bash', { command: 'ls' });
  assert.equal(v.error, 'timeout');
  assert.match(v.reason, /in 1200 ms/, v.reason);
  c.close();
  await f.close();
});

test('reviewTimeoutMs null: a held check waits without limit, until the client is closed', async () => {
  const f = await fakeDaemon(() => {});
  const c = new Client({ socketPath: f.sock, replyTimeoutMs: 100, reviewTimeoutMs: null });
  let answered = null;
  const held = c.check('bash', { command: 'ls' }).then((v) => { answered = v; return v; });
  await sleep(400);
  assert.equal(answered, null, 'still waiting after four reply timeouts');
  c.close();
  const v = await held;
  assert.equal(v.verdict, 'block');
  assert.equal(v.error, 'unreachable');
  await f.close();
});

// Fake daemons answering each request with something wrong; each must be
// a block with error "protocol", never an allow.
const garbage = {
  'bytes that are not msgpack': () => frame([0xc1, 0xc1]),
  'a msgpack array': () => frame(encode([1, 2])),
  'a map without ok': () => frame(encode({ id: 1, verdict: 'allow' })),
  'trailing bytes after the map': (id) => frame([...encode({ id, ok: true, verdict: 'allow' }), 0x01]),
  'an unknown verdict': (id) => frame(encode({ id, ok: true, verdict: 'maybe' })),
  'no verdict': (id) => frame(encode({ id, ok: true })),
  'the wrong id': (id) => frame(encode({ id: id + 7, ok: true, verdict: 'allow' })),
  'a length over the limit': () => Buffer.from([0x7f, 0xff, 0xff, 0xff]),
};
for (const [what, reply] of Object.entries(garbage)) {
  test(`garbage from the daemon (${what}): blocked`, async () => {
    const { decode } = await import('@msgpack/msgpack');
    const f = await fakeDaemon((s, payload) => {
      const req = decode(payload);
      s.write(reply(req.id));
    });
    const c = new Client({ socketPath: f.sock, reviewTimeoutMs: 1000 });
    const v = await c.check('bash', { command: 'ls' });
    assert.equal(v.verdict, 'block');
    assert.equal(v.allowed, false);
    assert.equal(v.error, 'protocol', v.reason);
    assert.deepEqual(keysOf(v), VERDICT_KEYS);
    c.close();
    await f.close();
  });
}

test('the daemon closing an idle connection: the next check reconnects', async () => {
  const { decode } = await import('@msgpack/msgpack');
  let served = 0;
  const f = await fakeDaemon((s, payload) => {
    const req = decode(payload);
    served++;
    s.write(frame(encode({ id: req.id, ok: true, verdict: 'allow', reason: 'fake', audit_id: served })));
    if (req.op === 'check') setTimeout(() => s.destroy(), 20); // reclaimed once idle
  });
  const c = new Client({ socketPath: f.sock, reviewTimeoutMs: 1000 });
  assert.equal((await c.check('bash', { command: 'ls' })).verdict, 'allow');
  await sleep(100);
  const v = await c.check('bash', { command: 'ls' });
  assert.equal(v.verdict, 'allow', v.reason);
  c.close();
  await f.close();
});

test('a request on an idle connection that the daemon closes unanswered is sent again, once', async () => {
  const { decode } = await import('@msgpack/msgpack');
  let connections = 0;
  const f = await fakeDaemon((s, payload) => {
    const req = decode(payload);
    if (!s.checks) { s.checks = 0; connections++; s.conn = connections; }
    if (req.op === 'check' && s.conn === 1 && ++s.checks === 2) { s.destroy(); return; }
    s.write(frame(encode({ id: req.id, ok: true, verdict: 'allow', reason: `conn ${s.conn}` })));
  });
  const c = new Client({ socketPath: f.sock, reviewTimeoutMs: 1000 });
  assert.equal((await c.check('bash', { command: 'ls' })).reason, 'conn 1');
  const v = await c.check('bash', { command: 'ls' });
  assert.equal(v.verdict, 'allow', v.reason);
  assert.equal(v.reason, 'conn 2', 'answered on a new connection');
  c.close();
  await f.close();
});

test('a request on a new connection closed unanswered is blocked, not sent again', async () => {
  let checks = 0;
  const { decode } = await import('@msgpack/msgpack');
  const f = await fakeDaemon((s, payload) => {
    const req = decode(payload);
    if (req.op === 'check') { checks++; s.destroy(); return; }
    s.write(frame(encode({ id: req.id, ok: true, v: 1 })));
  });
  const c = new Client({ socketPath: f.sock, reviewTimeoutMs: 1000 });
  const v = await c.check('bash', { command: 'ls' });
  assert.equal(v.verdict, 'block');
  assert.equal(v.error, 'unreachable');
  assert.equal(checks, 1);
  c.close();
  await f.close();
});

test('bad arguments are blocked, not sent', async () => {
  const c = new Client({ socketPath: path.join(tempDir(), 'none.sock') });
  assert.equal((await c.check('', {})).error, 'bad_request');
  assert.equal((await c.check('bash', ['ls'])).error, 'bad_request');
  assert.throws(() => new Client({ replyTimeoutMs: -1 }), TypeError);
});

test('the default socket is made absolute once', async () => {
  const saved = process.env.AGATE_SOCKET;
  process.env.AGATE_SOCKET = 'relative/agated.sock';
  try {
    const c = new Client();
    assert.equal(c.socketPath, path.resolve('relative/agated.sock'));
  } finally {
    if (saved === undefined) delete process.env.AGATE_SOCKET; else process.env.AGATE_SOCKET = saved;
  }
});
