// filesystem_test.mjs - agate-mcp with real parts: the official MCP
// TypeScript SDK client (Client + StdioClientTransport) starts agate-mcp,
// which starts the reference filesystem server (@modelcontextprotocol/
// server-filesystem) on a temporary folder, against a real agated.
//
//   - an allowed read returns the file's text;
//   - a write of a .env file is blocked and the file does not exist once
//     a write of another file sent after it (the control) is done;
//   - a read of id_rsa is blocked and the server never opened it: id_rsa
//     is a FIFO, and a writer can open a FIFO without blocking only while
//     a reader has it open, so ENXIO proves no reader ever came;
//   - a changed tool definition is caught by the pin: the pin file
//     written on the first run is edited to a wrong hash, and the second
//     run refuses that tool while the others still work.
//
// Run by tests/mcp/run.sh from the folder holding node_modules.
// Environment: AGATED, AGATE_MCP, AGATE_FRAMES, MCP_TEST_SRC.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const server = path.join(here, 'node_modules', '.bin', 'mcp-server-filesystem');
const need = (name) => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
};
const agatedBin = need('AGATED');
const agateMcp = need('AGATE_MCP');
const rules = path.join(need('MCP_TEST_SRC'), 'fs.rules');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'agate-mcp-fs-'));
const root = path.join(tmp, 'files');
const sock = path.join(tmp, 'agated.sock');
const pin = path.join(tmp, 'tools.pin');
let agated = null;

function cleanup() {
  if (agated && agated.exitCode === null) agated.kill('SIGTERM');
  if (!process.env.MCP_TEST_KEEP) fs.rmSync(tmp, { recursive: true, force: true });
}
process.on('exit', cleanup);

async function startAgated() {
  const args = ['--foreground', '--socket', sock, '--db', path.join(tmp, 'audit.db'),
    '--rules', rules, '--log-level', 'warn'];
  if (process.env.AGATE_FRAMES) args.push('--frames', process.env.AGATE_FRAMES);
  const log = fs.openSync(path.join(tmp, 'agated.log'), 'a');
  agated = spawn(agatedBin, args, { stdio: ['ignore', log, log] });
  for (let i = 0; i < 200; i++) {
    if (fs.existsSync(sock)) return;
    if (agated.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('agated did not start: ' + fs.readFileSync(path.join(tmp, 'agated.log'), 'utf8'));
}

async function connect() {
  const transport = new StdioClientTransport({
    command: agateMcp,
    args: ['--socket', sock, '--agent', 'fs-test', '--pin', pin, '--', server, root],
    stderr: 'inherit',
  });
  const client = new Client({ name: 'agate-mcp-test', version: '1.0.0' });
  await client.connect(transport);
  return client;
}

const text = (r) => r.content.filter((c) => c.type === 'text').map((c) => c.text).join('\n');
const ok = (what) => console.log(`ok - ${what}`);

async function firstRun() {
  const client = await connect();
  const { tools } = await client.listTools();
  const names = tools.map((t) => t.name);
  for (const n of ['read_text_file', 'write_file', 'list_directory'])
    assert.ok(names.includes(n), `${n} is listed: ${names}`);
  ok(`the server lists ${names.length} tools through agate-mcp`);

  let r = await client.callTool({ name: 'read_text_file',
    arguments: { path: path.join(root, 'hello.txt') } });
  assert.ok(!r.isError, text(r));
  assert.match(text(r), /hello from the real server/);
  ok('an allowed read returns the file');

  r = await client.callTool({ name: 'write_file',
    arguments: { path: path.join(root, '.env'), content: 'TOKEN=stolen' } });
  assert.equal(r.isError, true);
  assert.match(text(r), /^agate blocked this call: touches a private key or an environment file \(rule mcp_test_key_or_env_file; audit id \d+\)$/);
  // the same tool, allowed, sent after it: once its answer is back, a
  // forwarded write of .env would have been done too
  r = await client.callTool({ name: 'write_file',
    arguments: { path: path.join(root, 'notes.txt'), content: 'a note' } });
  assert.ok(!r.isError, text(r));
  assert.equal(fs.readFileSync(path.join(root, 'notes.txt'), 'utf8'), 'a note');
  assert.ok(!fs.existsSync(path.join(root, '.env')), 'the blocked write happened');
  ok('a blocked write never reaches the server: no .env file, while the allowed one is written');

  r = await client.callTool({ name: 'read_text_file',
    arguments: { path: path.join(root, 'id_rsa') } });
  assert.equal(r.isError, true);
  assert.match(text(r), /rule mcp_test_key_or_env_file/);
  // a later call completes first, so a forwarded read would have begun
  r = await client.callTool({ name: 'list_directory', arguments: { path: root } });
  assert.ok(!r.isError, text(r));
  assert.match(text(r), /id_rsa/);
  assert.throws(() => fs.openSync(path.join(root, 'id_rsa'),
    fs.constants.O_WRONLY | fs.constants.O_NONBLOCK), { code: 'ENXIO' },
  'the server has id_rsa open for reading');
  ok('a blocked read of id_rsa never reaches the server: no reader on the FIFO');
  await client.close();

  const pinned = JSON.parse(fs.readFileSync(pin, 'utf8'));
  assert.match(pinned.tools.read_text_file.sha256, /^[0-9a-f]{64}$/);
  ok(`the first run pinned ${Object.keys(pinned.tools).length} tool definitions`);
  return pinned;
}

async function secondRun(pinned) {
  pinned.tools.read_text_file.sha256 = '0'.repeat(64);
  fs.writeFileSync(pin, JSON.stringify(pinned, null, 2));
  const client = await connect();
  await client.listTools();
  let r = await client.callTool({ name: 'read_text_file',
    arguments: { path: path.join(root, 'hello.txt') } });
  assert.equal(r.isError, true);
  assert.match(text(r), /^agate-mcp refused this call: the definition of tool 'read_text_file' .*changed since it was pinned/);
  ok('a changed definition is refused by the pin');
  r = await client.callTool({ name: 'list_directory', arguments: { path: root } });
  assert.ok(!r.isError, text(r));
  ok('the tools whose definitions match still work');
  await client.close();
  const current = JSON.parse(fs.readFileSync(pin + '.new', 'utf8'));
  assert.notEqual(current.tools.read_text_file.sha256, '0'.repeat(64));
  ok('the current definitions are in the .new file for the operator');
}

async function main() {
  fs.mkdirSync(root);
  fs.writeFileSync(path.join(root, 'hello.txt'), 'hello from the real server\n');
  execFileSync('mkfifo', [path.join(root, 'id_rsa')]);
  await startAgated();
  const pinned = await firstRun();
  await secondRun(pinned);
  console.log('all passed');
}

main().then(() => process.exit(0), (e) => {
  console.error('FAIL:', e && e.stack ? e.stack : e);
  process.exit(1);
});
