import { AgentsInitial1731000000000 } from './1731000000000-agents-initial';
import { AgentsExecutions1731000100000 } from './1731000100000-agents-executions';
import { AgentsRetrievalSearch1731000200000 } from './1731000200000-agents-retrieval-search';

/** Ordered; a landed migration is never edited. */
export const migrations = [AgentsInitial1731000000000, AgentsExecutions1731000100000, AgentsRetrievalSearch1731000200000];
