// types_check.ts - compiled (not run) by types_test.mjs with tsc --noEmit
// --strict: the hand-written types of agated-client and its adapters, used
// as an agent would, against the frameworks' own types.
import { AgateError, BlockedError, Client, type Verdict, blockedMessage } from 'agated-client';
import { agatedToolGuardrail, gateAgentTools } from 'agated-client/openai-agents';
import { agatedMiddleware, type AgatedReviewInterrupt } from 'agated-client/langchain';
import { gateTools } from 'agated-client/ai-sdk';
import { Agent, tool as agentsTool } from '@openai/agents';
import { createAgent, tool as lcTool } from 'langchain';
import { jsonSchema, tool as aiTool } from 'ai';
import { z } from 'zod';

const gate = new Client({ socketPath: '/tmp/x.sock', replyTimeoutMs: 1000, reviewTimeoutMs: null });

export async function plain(): Promise<string> {
  const v: Verdict = await gate.check('bash', { command: 'ls', n: 1, deep: { list: [1, 'a', null] } },
    { agent: 'a', session: 's', context: { task: 't' }, hold: false });
  if (!v.allowed) return blockedMessage(v) + String(v.auditId) + (v.error ?? '');
  const bash = gate.guard('bash', async (command: string, cwd: string) => `${cwd}: ${command}`,
    { args: (command, cwd) => ({ command, cwd }) });
  const out: string = await bash('ls', '/tmp');
  try {
    await gate.approve(12, { reason: 'ok' });
  } catch (e) {
    if (e instanceof AgateError) return e.code;
    if (e instanceof BlockedError) return e.reason;
  }
  const p = await gate.pending();
  return out + String(p.total);
}

const bashAgents = agentsTool({
  name: 'bash', description: 'run', parameters: z.object({ command: z.string() }),
  execute: async ({ command }) => command,
  inputGuardrails: [agatedToolGuardrail(gate, { session: 'x' })],
});
export const agent = gateAgentTools(new Agent({ name: 'a', tools: [bashAgents] }), gate, { agent: 'a' });

const bashLc = lcTool(async ({ command }: { command: string }) => command,
  { name: 'bash', description: 'run', schema: z.object({ command: z.string() }) });
export const lcAgent = createAgent({ model: 'openai:gpt-4.1', tools: [bashLc],
  middleware: [agatedMiddleware(gate, { agent: 'a', review: 'interrupt' })] });
export const seen = (x: AgatedReviewInterrupt) => x.approvalId;

export const tools = gateTools({
  bash: aiTool({
    inputSchema: jsonSchema<{ command: string }>({ type: 'object', properties: { command: { type: 'string' } } }),
    execute: async ({ command }) => command,
  }),
}, gate, { session: 'conv' });
