import type { Agent, ToolInputGuardrailDefinition, ToolInputGuardrailData } from '@openai/agents';
import type { Client, WireMap } from '../index.js';

type Pick<T> = T | ((data: ToolInputGuardrailData<any>) => T);

export interface AgatedGuardrailOptions {
  /** default: the SDK agent's name */
  agent?: Pick<string | undefined>;
  /** default: one session per run */
  session?: Pick<string | undefined>;
  context?: Pick<WireMap | undefined>;
  hold?: boolean;
  name?: string;
}

export declare function agatedToolGuardrail(gate: Client, opts?: AgatedGuardrailOptions): ToolInputGuardrailDefinition<any>;
export declare function gateAgentTools<T extends Agent<any, any>>(agent: T, gate: Client, opts?: AgatedGuardrailOptions): T;
