import type { DataSource } from 'typeorm';
import type { BaseConfig, QuotaClient, RequestContext } from '@prumo/kit';
import type { AssistantService } from './assistant/assistant.service';
import type { AgentsSettings } from './config';
import type { ExecutionService } from './executions/execution.service';
import type { LlmService } from './llm';
import type { RetrievalService } from './retrieval/retrieval.service';
import type { SupergraphClient } from './supergraph';

export interface AgentsServices {
  ds: DataSource;
  config: BaseConfig;
  settings: AgentsSettings;
  quota: QuotaClient;
  llm: LlmService;
  supergraph: SupergraphClient;
  retrieval: RetrievalService;
  assistant: AssistantService;
  executions: ExecutionService;
}

export interface AgentsContext extends RequestContext {
  services: AgentsServices;
  /** The caller's bearer token: tools query the supergraph with it (as the user). */
  token?: string | null;
}
