import type { Tool, ToolExecutionOptions } from 'ai';
import type { Client, WireMap } from '../index.js';
export { BlockedError, blockedVerdict } from '../index.js';

type Pick<T> = T | ((input: unknown, options: ToolExecutionOptions) => T);

export interface GateToolsOptions {
  agent?: Pick<string | undefined>;
  session?: Pick<string | undefined>;
  context?: Pick<WireMap | undefined>;
  /** default true: a review waits for the operator */
  hold?: boolean;
}

export declare function gateTool<T extends Tool<any, any>>(name: string, tool: T, gate: Client, opts?: GateToolsOptions): T;
export declare function gateTools<T extends Record<string, Tool<any, any>>>(tools: T, gate: Client, opts?: GateToolsOptions): T;
