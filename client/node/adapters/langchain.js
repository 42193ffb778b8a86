// agated-client/langchain - agated as a LangChain.js agent middleware
// (langchain 1.x createAgent, which runs on LangGraph.js).
//
//   import { createAgent } from 'langchain';
//   import { MemorySaver } from '@langchain/langgraph';
//   import { Client } from 'agated-client';
//   import { agatedMiddleware } from 'agated-client/langchain';
//
//   const agent = createAgent({ model, tools, checkpointer: new MemorySaver(),
//     middleware: [agatedMiddleware(new Client(), { agent: 'coder' })] });
//
// Every tool call goes through wrapToolCall: agated is asked with the
// tool's name and arguments; allowed, the tool runs; refused, the tool does
// not run and the model gets a ToolMessage (status "error") with the reason.
//
// A call a rule sends to review becomes LangGraph's human-in-the-loop
// interrupt (review: "interrupt", the default): the graph stops with an
// interrupt whose value is { type: "agated_review", approvalId, tool, args,
// reason, rule, toolCallId }. An operator approves (or denies) that
// approval id in agated (agatectl approve ID), and the graph is resumed
// with new Command({ resume: ... }); the call is asked again, and runs only
// if agated now allows it (the approval is a one-time grant for exactly
// this call). The decision stays in agated, audited, and made by an admin
// uid, never by the agent's own process. Interrupts need a checkpointer.
// review: "hold" instead waits in the check for the operator, up to the
// daemon's review timeout, with no interrupt.
import { ToolMessage, createMiddleware } from 'langchain';
import { interrupt } from '@langchain/langgraph';
import { blockedMessage } from '../index.js';

const pick = (x, request) => (typeof x === 'function' ? x(request) : x);

function refusal(v, call, extra = '') {
  return new ToolMessage({
    content: blockedMessage(v) + extra,
    tool_call_id: call.id ?? '',
    name: call.name,
    status: 'error',
    additional_kwargs: { agated: { verdict: v.verdict, rule: v.rule, auditId: v.auditId,
      approvalId: v.approvalId, error: v.error } },
  });
}

/**
 * The middleware. opts: agent, session (default: the LangGraph thread_id),
 * context (each a value or a function of the ToolCallRequest), review
 * ("interrupt" or "hold"), name.
 */
export function agatedMiddleware(gate, opts = {}) {
  const review = opts.review ?? 'interrupt';
  if (review !== 'interrupt' && review !== 'hold')
    throw new TypeError('review must be "interrupt" or "hold"');
  return createMiddleware({
    name: opts.name ?? 'AgatedMiddleware',
    wrapToolCall: async (request, handler) => {
      const call = request.toolCall;
      const args = call.args && typeof call.args === 'object' && !Array.isArray(call.args)
        ? call.args : { input: call.args };
      const v = await gate.check(call.name, args, {
        agent: pick(opts.agent, request),
        session: pick(opts.session, request) ?? request.runtime?.configurable?.thread_id,
        context: pick(opts.context, request),
        hold: review === 'hold',
      });
      if (v.allowed) return handler(request);
      if (v.verdict !== 'review') return refusal(v, call);
      // First pass: interrupt() stops the graph here. Resumed: the check
      // above ran again, and agated still does not allow the call, so the
      // operator has not approved it: the model is told so.
      interrupt({ type: 'agated_review', approvalId: v.approvalId, tool: call.name, args,
        reason: v.reason, rule: v.rule, toolCallId: call.id });
      return refusal(v, call, '; resumed without an approval in agated, so the call was not run');
    },
  });
}
