// agated-client/openai-agents - agated as a tool input guardrail of the
// OpenAI Agents SDK for JavaScript (@openai/agents).
//
//   import { Agent, run, tool } from '@openai/agents';
//   import { Client } from 'agated-client';
//   import { gateAgentTools } from 'agated-client/openai-agents';
//
//   const agent = gateAgentTools(new Agent({ name: 'coder', tools: [bash] }), new Client());
//   await run(agent, 'clean up the build folder');
//
// The guardrail runs before each function tool call, asks agated with the
// tool's name and its parsed arguments, and on anything but allow rejects
// the call: the tool's function is not run, and the model gets the reason
// as the call's output, so it can tell the user or try something else.
import { ToolGuardrailFunctionOutputFactory, defineToolInputGuardrail } from '@openai/agents';
import { blockedMessage, blockedVerdict } from '../index.js';

// One session id per run (RunContext) when none is given: the run is the
// agent's unit of history in agated.
const runSessions = new WeakMap();
let runCounter = 0;
function runSession(runContext) {
  let id = runSessions.get(runContext);
  if (!id) {
    id = `run-${process.pid}-${Date.now().toString(36)}-${++runCounter}`;
    runSessions.set(runContext, id);
  }
  return id;
}

const pick = (x, data) => (typeof x === 'function' ? x(data) : x);

/**
 * A tool input guardrail that asks agated before the tool runs.
 * opts: agent (default: the SDK agent's name), session (default: one per
 * run), context, hold (as for Client.check), name (default "agated"). agent,
 * session and context may be functions of { context, agent, toolCall }.
 */
export function agatedToolGuardrail(gate, opts = {}) {
  return defineToolInputGuardrail({
    name: opts.name ?? 'agated',
    run: async (data) => {
      const { toolCall } = data;
      let args;
      try {
        args = toolCall.arguments ? JSON.parse(toolCall.arguments) : {};
      } catch (e) {
        args = null;
      }
      const v = args === null || typeof args !== 'object' || Array.isArray(args)
        ? blockedVerdict('bad_request', `the arguments of ${toolCall.name} are not a JSON object`)
        : await gate.check(toolCall.name, args, {
          agent: pick(opts.agent, data) ?? data.agent?.name,
          session: pick(opts.session, data) ?? runSession(data.context),
          context: pick(opts.context, data),
          hold: opts.hold,
        });
      if (v.allowed) return ToolGuardrailFunctionOutputFactory.allow({ auditId: v.auditId });
      return ToolGuardrailFunctionOutputFactory.rejectContent(blockedMessage(v), {
        verdict: v.verdict, rule: v.rule, reason: v.reason, auditId: v.auditId, error: v.error,
      });
    },
  });
}

/** Adds the guardrail to every function tool of an agent (first, so that it
 * runs before any other; a tool that already has a guardrail of that name,
 * shared with another gated agent, keeps its own); returns the agent. */
export function gateAgentTools(agent, gate, opts = {}) {
  const guardrail = agatedToolGuardrail(gate, opts);
  for (const t of agent.tools ?? []) {
    if (t?.type !== 'function') continue;
    const had = t.inputGuardrails ?? [];
    if (had.some((g) => g?.name === guardrail.name)) continue;
    t.inputGuardrails = [guardrail, ...had];
  }
  return agent;
}
