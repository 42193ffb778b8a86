// harness.mjs - a real agated for the Node tests, on a temporary socket and
// database, with the default pack (AGATE_PACKS/default) and the frames
// (AGATE_FRAMES), stopped when the process exits.
// Environment: AGATED, AGATE_PACKS, AGATE_FRAMES (set by tests/meson.build).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const need = (name) => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set (run through meson test)`);
  return v;
};

const daemons = [];
const dirs = [];
process.on('exit', () => {
  for (const d of daemons) if (d.exitCode === null) d.kill('SIGKILL');
  if (!process.env.AGATE_TEST_KEEP) for (const t of dirs) fs.rmSync(t, { recursive: true, force: true });
});

export function tempDir(prefix = 'agate-node-') {
  const t = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  dirs.push(t);
  return t;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// whether something accepts connections at the socket (a stale socket
// file of an earlier daemon does not)
function answers(sock) {
  return new Promise((resolve) => {
    const s = net.createConnection({ path: sock });
    s.once('connect', () => { s.destroy(); resolve(true); });
    s.once('error', () => resolve(false));
  });
}

/** Starts agated; resolves with { sock, tmp, db, stop() } once its socket
 * answers. opts.reviewTimeout (seconds), opts.rules (extra rule files),
 * opts.tmp (the folder of an earlier one: its socket path and database). */
export async function startAgated(opts = {}) {
  const tmp = opts.tmp ?? tempDir();
  const sock = path.join(tmp, 'agated.sock');
  const db = path.join(tmp, 'audit.db');
  const args = ['--foreground', '--socket', sock, '--db', db, '--log-level', 'warn',
    '--rules', path.join(need('AGATE_PACKS'), 'default')];
  for (const r of opts.rules ?? []) args.push('--rules', r);
  if (process.env.AGATE_FRAMES) args.push('--frames', process.env.AGATE_FRAMES);
  if (opts.reviewTimeout !== undefined) args.push('--review-timeout', String(opts.reviewTimeout));
  const logPath = path.join(tmp, 'agated.log');
  const log = fs.openSync(logPath, 'a');
  const d = spawn(need('AGATED'), args, { stdio: ['ignore', log, log] });
  daemons.push(d);
  let up = false;
  for (let i = 0; i < 600 && !up; i++) {
    if (d.exitCode !== null) break;
    up = await answers(sock);
    if (!up) await sleep(50);
  }
  if (!up)
    throw new Error(`agated did not start: ${fs.readFileSync(logPath, 'utf8')}`);
  const stop = async () => {
    if (d.exitCode !== null) return;
    const gone = new Promise((r) => d.once('exit', r));
    d.kill('SIGTERM');
    await gone;
  };
  return { sock, tmp, db, stop, process: d };
}

/** A fake daemon on its own socket: onFrame(socket, payload) is called for
 * each request frame; used to play a slow or broken agated. */
export async function fakeDaemon(onFrame) {
  const tmp = tempDir('agate-node-fake-');
  const sock = path.join(tmp, 'fake.sock');
  const sockets = new Set();
  const server = net.createServer((s) => {
    sockets.add(s);
    s.unref(); // a failed test must not hang on its fake daemon
    s.on('close', () => sockets.delete(s));
    s.on('error', () => {});
    let buf = Buffer.alloc(0);
    s.on('data', (c) => {
      buf = Buffer.concat([buf, c]);
      while (buf.length >= 4 && buf.length >= 4 + buf.readUInt32BE(0)) {
        const n = buf.readUInt32BE(0);
        const payload = buf.subarray(4, 4 + n);
        buf = buf.subarray(4 + n);
        onFrame(s, payload);
      }
    });
  });
  await new Promise((r) => server.listen(sock, r));
  server.unref();
  return {
    sock,
    close: () => new Promise((r) => {
      for (const s of sockets) s.destroy();
      server.close(r);
    }),
  };
}

/** A frame: 4-byte big-endian length, then the bytes. */
export function frame(bytes) {
  const b = Buffer.alloc(4 + bytes.length);
  b.writeUInt32BE(bytes.length, 0);
  Buffer.from(bytes).copy(b, 4);
  return b;
}
