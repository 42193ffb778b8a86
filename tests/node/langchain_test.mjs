// langchain_test.mjs - agated-client/langchain with LangChain.js
// (langchain createAgent on LangGraph.js, pinned in package.json): a real
// agent with a scripted chat model that emits tool calls (no network, no
// API key), against a real agated with the default pack. A blocked call's
// tool never runs and the model gets the reason; an allowed one runs; a
// call sent to review becomes a LangGraph interrupt, and after the operator
// approves it in agated the resumed graph runs it.
import { Command, MemorySaver } from '@langchain/langgraph';
import { Client } from 'agated-client';
import { agatedMiddleware } from 'agated-client/langchain';
import { createAgent, tool } from 'langchain';
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { z } from 'zod';
import { startAgated } from './harness.mjs';
import { ScriptedChatModel, chatToolMessages as toolMessages } from './models.mjs';

function bashTool(ran) {
  return tool(async ({ command }) => { ran.push(command); return `output of ${command}`; },
    { name: 'bash', description: 'run a shell command', schema: z.object({ command: z.string() }) });
}

let d;
let gate;
before(async () => {
  d = await startAgated({ reviewTimeout: 60 });
  gate = new Client({ socketPath: d.sock });
});
after(async () => {
  gate.close();
  await d.stop();
});

test('createAgent: the blocked call never runs and the model gets the reason', async () => {
  const ran = [];
  const model = new ScriptedChatModel([[['bash', { command: 'rm -rf /' }], ['bash', { command: 'ls -la' }]]]);
  const agent = createAgent({ model, tools: [bashTool(ran)],
    middleware: [agatedMiddleware(gate, { agent: 'langchain-test' })] });
  const result = await agent.invoke({ messages: [{ role: 'user', content: 'tidy up' }] },
    { configurable: { thread_id: 'lc-1' } });
  assert.equal(result.messages.at(-1).content, 'done');
  assert.deepEqual(ran, ['ls -la'], 'only the allowed command ran');
  assert.equal(model.seen.length, 2);
  const seen = toolMessages(model.seen[1]);
  assert.equal(seen['call-1-0'].status, 'error');
  assert.match(seen['call-1-0'].content, /^agate blocked this call: .+ \(rule [a-z0-9_]+; audit id \d+\)$/);
  assert.equal(seen['call-1-1'].content, 'output of ls -la');
  const s = await gate.sessions({ limit: 50 });
  assert.ok(s.sessions.some((x) => x.agent === 'langchain-test' && x.session === 'lc-1'),
    'the thread id is the session');
});

test('review: a LangGraph interrupt; approved in agated, the resumed graph runs the call', async () => {
  const ran = [];
  const model = new ScriptedChatModel([[['bash', { command: 'sudo -l' }]]]);
  const agent = createAgent({ model, tools: [bashTool(ran)], checkpointer: new MemorySaver(),
    middleware: [agatedMiddleware(gate, { agent: 'langchain-review' })] });
  const config = { configurable: { thread_id: 'lc-review-1' } };
  const first = await agent.invoke({ messages: [{ role: 'user', content: 'what may I sudo?' }] }, config);
  const intr = first.__interrupt__?.[0]?.value;
  assert.ok(intr, 'the graph stopped with an interrupt');
  assert.equal(intr.type, 'agated_review');
  assert.equal(intr.tool, 'bash');
  assert.deepEqual(intr.args, { command: 'sudo -l' });
  assert.ok(Number(intr.approvalId) > 0);
  assert.deepEqual(ran, [], 'nothing ran while waiting for review');

  const admin = new Client({ socketPath: d.sock });
  const a = await admin.approve(intr.approvalId, { reason: 'sudo -l is fine here' });
  assert.equal(a.held, false);
  admin.close();
  const done = await agent.invoke(new Command({ resume: { approved: true } }), config);
  assert.deepEqual(ran, ['sudo -l'], 'the approved call ran once');
  assert.equal(done.messages.at(-1).content, 'done');
});

test('review: resumed without an approval, the call does not run and the model is told', async () => {
  const ran = [];
  const model = new ScriptedChatModel([[['bash', { command: 'sudo -l' }]]]);
  const agent = createAgent({ model, tools: [bashTool(ran)], checkpointer: new MemorySaver(),
    middleware: [agatedMiddleware(gate, { agent: 'langchain-review' })] });
  const config = { configurable: { thread_id: 'lc-review-2' } };
  const first = await agent.invoke({ messages: [{ role: 'user', content: 'x' }] }, config);
  assert.ok(first.__interrupt__?.[0]);
  await agent.invoke(new Command({ resume: { approved: true } }), config);
  assert.deepEqual(ran, []);
  const seen = toolMessages(model.seen.at(-1))['call-1-0'];
  assert.match(seen.content, /^agate holds this call for review.*resumed without an approval in agated/);
});

test('the daemon down: the call is blocked and the tool never runs', async () => {
  const ran = [];
  const model = new ScriptedChatModel([[['bash', { command: 'ls' }]]]);
  const down = new Client({ socketPath: `${d.tmp}/nothing.sock` });
  const agent = createAgent({ model, tools: [bashTool(ran)], middleware: [agatedMiddleware(down)] });
  await agent.invoke({ messages: [{ role: 'user', content: 'x' }] });
  assert.deepEqual(ran, []);
  assert.match(toolMessages(model.seen[1])['call-1-0'].content, /error unreachable/);
});
