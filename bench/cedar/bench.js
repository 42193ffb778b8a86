'use strict';
// bench.js - the Cedar half of the side-by-side comparison.
//
//   node bench.js [--rounds N] [--seconds S]
//
// Loads policy.cedar once with preparsePolicySet (so no call pays for
// parsing), builds every request object before timing, then times each
// statefulIsAuthorized call alone with process.hrtime.bigint() over many
// rounds of requests.txt and prints the median per call. Output is
// `name value` lines, like the C benchmarks.
const fs = require('fs');
const path = require('path');
const cedar = require('@cedar-policy/cedar-wasm/nodejs');

function arg(name, dflt) {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? Number(process.argv[i + 1]) : dflt;
}
const rounds = arg('--rounds', 3000);
const seconds = arg('--seconds', 20);

const here = __dirname;
const policyText = fs.readFileSync(path.join(here, 'policy.cedar'), 'utf8');
const entities = JSON.parse(fs.readFileSync(path.join(here, 'entities.json'), 'utf8'));

function parseRequests(text) {
  const out = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const f = line.split('\t');
    const args = {};
    for (const kv of f.slice(3)) {
      const eq = kv.indexOf('=');
      const k = kv.slice(0, eq), v = kv.slice(eq + 1);
      args[k] = /^-?[0-9]+$/.test(v) ? Number(v) : v;
    }
    out.push({ expect: f[0], agent: f[1], tool: f[2], args });
  }
  return out;
}
const requests = parseRequests(fs.readFileSync(path.join(here, 'requests.txt'), 'utf8'));

const pre = cedar.preparsePolicySet('bench', { staticPolicies: policyText });
if (pre.type !== 'success') {
  console.error('cedar: policy does not parse:', JSON.stringify(pre.errors));
  process.exit(1);
}

const calls = requests.map((r) => ({
  principal: { type: 'Agent', id: r.agent },
  action: { type: 'Action', id: 'call' },
  resource: { type: 'Tool', id: r.tool },
  context: { args: r.args },
  preparsedPolicySetId: 'bench',
  // only the principal's entity, as an integration that looks up the
  // calling agent would pass: Cedar is not charged for unused entities
  entities: entities.filter((e) => e.uid.id === r.agent),
}));

function decide(call) {
  const a = cedar.statefulIsAuthorized(call);
  if (a.type !== 'success') return 'error';
  return a.response.decision; // "allow" | "deny"
}

const decisions = calls.map(decide);
let mismatches = 0;
decisions.forEach((d, i) => {
  if (d !== requests[i].expect) {
    mismatches++;
    console.error(`cedar: request ${i + 1} (${requests[i].agent} ${requests[i].tool}): ` +
      `got ${d}, expected ${requests[i].expect}`);
  }
});

// warm the JIT and the wasm instance
for (let k = 0; k < 200; k++) for (const c of calls) decide(c);

const samples = [];
const limit = BigInt(Math.round(seconds * 1e9));
const start = process.hrtime.bigint();
outer: for (let k = 0; k < rounds; k++) {
  for (const c of calls) {
    const t0 = process.hrtime.bigint();
    cedar.statefulIsAuthorized(c);
    const t1 = process.hrtime.bigint();
    samples.push(Number(t1 - t0));
  }
  if (process.hrtime.bigint() - start > limit) break outer;
}
samples.sort((a, b) => a - b);
const pct = (p) => samples[Math.min(samples.length - 1, Math.max(0, Math.ceil(p / 100 * samples.length) - 1))];

// For reference only: the same requests through isAuthorized, which parses
// the policy text on every call (what a naive integration would pay).
const plain = [];
for (let k = 0; k < 50; k++) {
  for (const c of calls) {
    const call = { principal: c.principal, action: c.action, resource: c.resource,
      context: c.context, policies: { staticPolicies: policyText }, entities };
    const t0 = process.hrtime.bigint();
    cedar.isAuthorized(call);
    plain.push(Number(process.hrtime.bigint() - t0));
  }
}
plain.sort((a, b) => a - b);

// For reference only: the floor of one call across the JavaScript/wasm
// boundary, a single `permit` with no entities and an empty context.
cedar.preparsePolicySet('floor', { staticPolicies: 'permit (principal, action, resource);' });
const floorCall = { principal: calls[0].principal, action: calls[0].action,
  resource: calls[0].resource, context: {}, preparsedPolicySetId: 'floor', entities: [] };
const floor = [];
for (let k = 0; k < 200; k++) cedar.statefulIsAuthorized(floorCall);
for (let k = 0; k < 5000; k++) {
  const t0 = process.hrtime.bigint();
  cedar.statefulIsAuthorized(floorCall);
  floor.push(Number(process.hrtime.bigint() - t0));
}
floor.sort((a, b) => a - b);

console.log(`cedar_version ${cedar.getCedarVersion()}`);
console.log(`cedar_node ${process.version}`);
console.log(`cedar_requests ${calls.length}`);
console.log(`cedar_calls ${samples.length}`);
console.log(`cedar_eval_ns_p50 ${pct(50)}`);
console.log(`cedar_eval_ns_p90 ${pct(90)}`);
console.log(`cedar_eval_ns_p99 ${pct(99)}`);
console.log(`cedar_unparsed_eval_ns_p50 ${plain[Math.floor(plain.length / 2)]}`);
console.log(`cedar_floor_eval_ns_p50 ${floor[Math.floor(floor.length / 2)]}`);
console.log(`cedar_expect_mismatches ${mismatches}`);
console.log(`cedar_decisions ${decisions.join(',')}`);
