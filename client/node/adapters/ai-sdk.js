// agated-client/ai-sdk - agated around the tools of the Vercel AI SDK
// (`ai`: generateText, streamText, ToolLoopAgent).
//
//   import { generateText, tool } from 'ai';
//   import { Client } from 'agated-client';
//   import { gateTools } from 'agated-client/ai-sdk';
//
//   const tools = gateTools({ bash: tool({ inputSchema, execute }) }, new Client(),
//     { agent: 'coder', session: 'conv-1' });
//   await generateText({ model, tools, prompt });
//
// Each tool's execute asks agated first, with the tool's name (its key)
// and its input. Allowed, execute runs; refused, it does not, and the
// wrapper throws BlockedError: the SDK turns that into a tool-error whose
// text (the reason) the model gets in the next step. A call a rule sends to
// review waits in the check for an operator, up to the daemon's review
// timeout (hold), unless opts.hold is false.
import { BlockedError, blockedVerdict } from '../index.js';

const pick = (x, input, options) => (typeof x === 'function' ? x(input, options) : x);

async function ask(gate, name, input, options, opts) {
  const args = input && typeof input === 'object' && !Array.isArray(input) ? input : { input };
  const v = await gate.check(name, args, {
    agent: pick(opts.agent, input, options),
    session: pick(opts.session, input, options),
    context: pick(opts.context, input, options),
    hold: opts.hold,
  });
  if (!v.allowed) throw new BlockedError(name, v);
}

/** One tool's execute wrapped; a tool with no execute is returned as it is
 * (the SDK does not run it). */
export function gateTool(name, tool, gate, opts = {}) {
  const run = tool?.execute;
  if (typeof run !== 'function') return tool;
  const streaming = run.constructor?.name === 'AsyncGeneratorFunction';
  const execute = streaming
    ? async function* gatedExecute(input, options) {
      await ask(gate, name, input, options, opts);
      yield* run.call(this, input, options);
    }
    : async function gatedExecute(input, options) {
      await ask(gate, name, input, options, opts);
      return run.call(this, input, options);
    };
  return { ...tool, execute };
}

/** A copy of a tool set (name -> tool) whose every execute asks agated. */
export function gateTools(tools, gate, opts = {}) {
  if (!tools || typeof tools !== 'object') throw new TypeError('gateTools needs an object of tools');
  const out = {};
  for (const [name, t] of Object.entries(tools)) out[name] = gateTool(name, t, gate, opts);
  return out;
}

export { BlockedError, blockedVerdict };
