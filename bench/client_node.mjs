// bench/client_node.mjs - what a check costs through the Node client
// (client/node, agated-client), as an agent written for Node pays it.
//
//   node bench/client_node.mjs SOCKET SECONDS [MAX_CHECKS]
//
// One Client, one check at a time (await each), for SECONDS after a warm-up;
// then the same client with 16 checks in flight (pipelined on its one
// connection). Prints `name value` lines for bench/run:
//   client_node_us_p50, client_node_us_p99   one check's round trip
//   client_node_us_per_check                 the mean of those
//   client_node_checks_per_s_pipe16          16 in flight
//   client_node_errors                       checks that were not allow
// Every check is bash `ls -la`, which the policy bench/run starts allows.
import { Client } from '../client/node/index.js';

const [sock, secondsArg, maxArg] = process.argv.slice(2);
if (!sock || !secondsArg) {
  console.error('usage: node bench/client_node.mjs SOCKET SECONDS [MAX_CHECKS]');
  process.exit(2);
}
const seconds = Number(secondsArg);
const max = Number(maxArg ?? 1_000_000);
const gate = new Client({ socketPath: sock, agent: 'bench-node', session: 'bench' });
const args = { command: 'ls -la' };
let errors = 0;

const one = async () => {
  const v = await gate.check('bash', args);
  if (!v.allowed) {
    errors++;
    if (errors === 1) console.error(`bench/client_node: not allowed: ${v.reason}`);
  }
};

for (let i = 0; i < 2000; i++) await one();

const samples = [];
let end = process.hrtime.bigint() + BigInt(Math.round(seconds * 1e9));
while (samples.length < max) {
  const t0 = process.hrtime.bigint();
  await one();
  const t1 = process.hrtime.bigint();
  samples.push(Number(t1 - t0) / 1000);
  if (t1 >= end) break;
}
samples.sort((a, b) => a - b);
const q = (p) => samples[Math.min(samples.length - 1, Math.floor(samples.length * p))];
const mean = samples.reduce((a, b) => a + b, 0) / samples.length;

let done = 0;
const t0 = process.hrtime.bigint();
end = t0 + BigInt(Math.round(seconds * 1e9));
const worker = async () => {
  while (process.hrtime.bigint() < end && done < max) {
    await one();
    done++;
  }
};
await Promise.all(Array.from({ length: 16 }, worker));
const elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
gate.close();

console.log(`client_node_us_p50 ${q(0.5).toFixed(1)}`);
console.log(`client_node_us_p99 ${q(0.99).toFixed(1)}`);
console.log(`client_node_us_per_check ${mean.toFixed(1)}`);
console.log(`client_node_checks ${samples.length}`);
console.log(`client_node_checks_per_s_pipe16 ${Math.round(done / elapsed)}`);
console.log(`client_node_errors ${errors}`);
console.log(`client_node_version ${process.version}`);
