// openai_agents_test.mjs - agated-client/openai-agents with the OpenAI
// Agents SDK for JavaScript (@openai/agents, pinned in package.json): a
// real Agent and run() with a scripted Model that emits function calls (no
// network, no API key), against a real agated with the default pack. A
// blocked call's function never runs and the model gets the reason as the
// call's output; an allowed one runs.
import { Agent, run, setTracingDisabled, tool } from '@openai/agents';
import { Client } from 'agated-client';
import { agatedToolGuardrail, gateAgentTools } from 'agated-client/openai-agents';
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { z } from 'zod';
import { startAgated } from './harness.mjs';
import { ScriptedAgentsModel as ScriptedModel, agentsCallOutputs as callOutputs } from './models.mjs';

setTracingDisabled(true);

let d;
let gate;
before(async () => {
  d = await startAgated();
  gate = new Client({ socketPath: d.sock });
});
after(async () => {
  gate.close();
  await d.stop();
});

function bashTool(ran, extra = {}) {
  return tool({
    name: 'bash',
    description: 'run a shell command',
    parameters: z.object({ command: z.string() }),
    execute: async ({ command }) => { ran.push(command); return `output of ${command}`; },
    ...extra,
  });
}

test('run(): the blocked call never runs and the model gets the reason', async () => {
  const ran = [];
  const model = new ScriptedModel([[['bash', { command: 'rm -rf /' }], ['bash', { command: 'ls -la' }]]]);
  const agent = gateAgentTools(new Agent({ name: 'openai-agents-test', instructions: 'help',
    model, tools: [bashTool(ran)] }), gate);
  gateAgentTools(agent, gate); // twice: still one guardrail
  assert.equal(agent.tools[0].inputGuardrails.length, 1);
  const result = await run(agent, 'tidy up the disk');
  assert.equal(result.finalOutput, 'done');
  assert.deepEqual(ran, ['ls -la'], 'only the allowed command ran');
  assert.equal(model.requests.length, 2);
  const seen = callOutputs(model.requests[1]);
  assert.match(seen['call-1-0'], /agate blocked this call: .+ \(rule [a-z0-9_]+; audit id \d+\)/);
  assert.match(seen['call-1-1'], /output of ls -la/);
});

test('the guardrail on one tool, with the reason agated gave and the SDK agent as agent', async () => {
  const v = await gate.check('bash', { command: 'rm -rf /' });
  const ran = [];
  const model = new ScriptedModel([[['bash', { command: 'rm -rf /' }]]]);
  const agent = new Agent({ name: 'guarded-one', model,
    tools: [bashTool(ran, { inputGuardrails: [agatedToolGuardrail(gate, { session: 'fixed-session' })] })] });
  await run(agent, 'x');
  assert.deepEqual(ran, []);
  const seen = callOutputs(model.requests[1])['call-1-0'];
  assert.ok(seen.includes(v.reason), seen);
  const s = await gate.sessions({ limit: 50 });
  assert.ok(s.sessions.some((x) => x.agent === 'guarded-one' && x.session === 'fixed-session'),
    'the check named the SDK agent and the given session');
});

test('the daemon down: the call is blocked and the function never runs', async () => {
  const ran = [];
  const model = new ScriptedModel([[['bash', { command: 'ls' }]]]);
  const down = new Client({ socketPath: `${d.tmp}/nothing.sock` });
  const agent = gateAgentTools(new Agent({ name: 'down', model, tools: [bashTool(ran)] }), down);
  await run(agent, 'x');
  assert.deepEqual(ran, []);
  assert.match(callOutputs(model.requests[1])['call-1-0'], /error unreachable/);
});
