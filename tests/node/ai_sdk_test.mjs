// ai_sdk_test.mjs - agated-client/ai-sdk with the Vercel AI SDK (`ai`,
// pinned in package.json): generateText runs a real tool loop with
// MockLanguageModelV3 (ai/test) playing a model that calls tools, against
// a real agated with the default pack. A blocked call's execute never
// runs and the model gets the reason in its next step; an allowed one runs.
import { generateText, jsonSchema, stepCountIs, tool } from 'ai';
import { Client } from 'agated-client';
import { gateTools } from 'agated-client/ai-sdk';
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startAgated } from './harness.mjs';
import { scriptedLanguageModel as scriptedModel, sdkToolResults as toolResults } from './models.mjs';

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

test('generateText: the blocked call never runs and the model gets the reason', async () => {
  const ran = [];
  const bash = tool({
    description: 'run a shell command',
    inputSchema: jsonSchema({ type: 'object', properties: { command: { type: 'string' } },
      required: ['command'] }),
    execute: async ({ command }) => { ran.push(command); return `output of ${command}`; },
  });
  const { model, prompts } = scriptedModel([[['bash', { command: 'rm -rf /' }], ['bash', { command: 'ls -la' }]]]);
  const result = await generateText({
    model, prompt: 'tidy up', stopWhen: stepCountIs(3),
    tools: gateTools({ bash }, gate, { agent: 'ai-sdk-test', session: 'conv-1' }),
  });
  assert.equal(result.text, 'done');
  assert.deepEqual(ran, ['ls -la'], 'only the allowed command ran');
  assert.equal(prompts.length, 2);
  const seen = toolResults(prompts[1]);
  assert.equal(seen['call-1-0'].type, 'error-text');
  assert.match(seen['call-1-0'].value, /^agate blocked this call: .+ \(rule [a-z0-9_]+; audit id \d+\)$/);
  assert.equal(seen['call-1-1'].type, 'text');
  assert.equal(seen['call-1-1'].value, 'output of ls -la');
});

test('the reason the model sees is the one agated gave', async () => {
  const v = await gate.check('bash', { command: 'rm -rf /' }, { agent: 'ai-sdk-test', session: 'conv-2' });
  assert.equal(v.verdict, 'block');
  const bash = tool({
    inputSchema: jsonSchema({ type: 'object', properties: { command: { type: 'string' } } }),
    execute: async () => assert.fail('a blocked tool ran'),
  });
  const { model, prompts } = scriptedModel([[['bash', { command: 'rm -rf /' }]]]);
  await generateText({ model, prompt: 'x', stopWhen: stepCountIs(2),
    tools: gateTools({ bash }, gate, { agent: 'ai-sdk-test', session: 'conv-2' }) });
  const seen = toolResults(prompts[1])['call-1-0'];
  assert.ok(seen.value.includes(v.reason), seen.value);
  assert.ok(seen.value.includes(`rule ${v.rule}`));
});

test('the daemon down: every call blocked, no execute runs', async () => {
  const down = new Client({ socketPath: `${d.tmp}/nothing.sock` });
  const bash = tool({
    inputSchema: jsonSchema({ type: 'object', properties: { command: { type: 'string' } } }),
    execute: async () => assert.fail('ran without a verdict'),
  });
  const { model, prompts } = scriptedModel([[['bash', { command: 'ls' }]]]);
  await generateText({ model, prompt: 'x', stopWhen: stepCountIs(2), tools: gateTools({ bash }, down) });
  assert.match(toolResults(prompts[1])['call-1-0'].value, /agate blocked this call: .*error unreachable/);
});
