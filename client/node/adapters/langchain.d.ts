import type { AgentMiddleware, ToolCallRequest } from 'langchain';
import type { Client, WireMap } from '../index.js';

type Pick<T> = T | ((request: ToolCallRequest) => T);

export interface AgatedMiddlewareOptions {
  agent?: Pick<string | undefined>;
  /** default: the LangGraph thread_id */
  session?: Pick<string | undefined>;
  context?: Pick<WireMap | undefined>;
  /** "interrupt" (default): a review becomes a LangGraph interrupt;
   * "hold": the check waits for the operator */
  review?: 'interrupt' | 'hold';
  name?: string;
}

/** The value of the interrupt a review raises. */
export interface AgatedReviewInterrupt {
  type: 'agated_review';
  approvalId: number | bigint | null;
  tool: string;
  args: Record<string, unknown>;
  reason: string;
  rule: string | null;
  toolCallId?: string;
}

export declare function agatedMiddleware(gate: Client, opts?: AgatedMiddlewareOptions): AgentMiddleware;
