// models.mjs - scripted models of each framework for the Node tests: each
// answers turn N with the tool calls of script[N] ([name, args] pairs),
// then with the text "done", and keeps everything it was given. No
// network, no API key.
import { Usage } from '@openai/agents';
import { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { AIMessage } from '@langchain/core/messages';
import { MockLanguageModelV3 } from 'ai/test';

/** An @openai/agents Model; requests[] holds each ModelRequest. */
export class ScriptedAgentsModel {
  constructor(turns) {
    this.turns = turns;
    this.requests = [];
  }

  async getResponse(request) {
    this.requests.push(request);
    const calls = this.turns[this.requests.length - 1];
    const output = calls
      ? calls.map(([name, args], i) => ({ type: 'function_call', callId: `call-${this.requests.length}-${i}`,
        name, arguments: JSON.stringify(args), status: 'completed' }))
      : [{ type: 'message', role: 'assistant', status: 'completed', id: `msg-${this.requests.length}`,
        content: [{ type: 'output_text', text: 'done' }] }];
    return { usage: new Usage(), output, responseId: `resp-${this.requests.length}` };
  }

  // eslint-disable-next-line require-yield
  async *getStreamedResponse() {
    throw new Error('the scripted model does not stream');
  }
}

/** What an @openai/agents model was told each call returned, by call id. */
export function agentsCallOutputs(request) {
  const out = {};
  for (const item of Array.isArray(request.input) ? request.input : [])
    if (item.type === 'function_call_result') out[item.callId] = JSON.stringify(item.output);
  return out;
}

/** A LangChain chat model; seen[] holds each list of messages. */
export class ScriptedChatModel extends BaseChatModel {
  constructor(turns) {
    super({});
    this.turns = turns;
    this.seen = [];
  }

  _llmType() { return 'scripted'; }

  bindTools() { return this; }

  async _generate(messages) {
    this.seen.push(messages);
    const calls = this.turns[this.seen.length - 1];
    const message = calls
      ? new AIMessage({ content: '', tool_calls: calls.map(([name, args], i) =>
        ({ name, args, id: `call-${this.seen.length}-${i}`, type: 'tool_call' })) })
      : new AIMessage('done');
    return { generations: [{ text: '', message }] };
  }
}

/** The ToolMessages a LangChain model was given, by call id. */
export function chatToolMessages(messages) {
  const out = {};
  for (const m of messages)
    if (m.getType?.() === 'tool' || m._getType?.() === 'tool') out[m.tool_call_id] = m;
  return out;
}

const usage = {
  inputTokens: { total: 1, noCache: 1, cacheRead: 0, cacheWrite: 0 },
  outputTokens: { total: 1, text: 1, reasoning: 0 },
};

/** An AI SDK LanguageModelV3 (MockLanguageModelV3); prompts[] holds each
 * prompt. */
export function scriptedLanguageModel(steps) {
  const prompts = [];
  const model = new MockLanguageModelV3({
    doGenerate: async (options) => {
      prompts.push(options.prompt);
      const calls = steps[prompts.length - 1];
      if (!calls) {
        return { content: [{ type: 'text', text: 'done' }], finishReason: { unified: 'stop', raw: 'stop' },
          usage, warnings: [] };
      }
      return {
        content: calls.map(([toolName, input], i) => ({ type: 'tool-call',
          toolCallId: `call-${prompts.length}-${i}`, toolName, input: JSON.stringify(input) })),
        finishReason: { unified: 'tool-calls', raw: 'tool_calls' }, usage, warnings: [],
      };
    },
  });
  return { model, prompts };
}

/** What an AI SDK model was told about each tool call, by call id. */
export function sdkToolResults(prompt) {
  const out = {};
  for (const m of prompt)
    if (m.role === 'tool')
      for (const p of m.content) if (p.type === 'tool-result') out[p.toolCallId] = p.output;
  return out;
}
