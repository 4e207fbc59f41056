export { startRouter, type RunningRouter } from './app';
export { loadRouterConfig, type RouterConfig } from './config';
export { composeSupergraph, clientSchema, generateSchemaFiles } from './compose';
export { PASSTHROUGH_RULES, type PassthroughRule } from './passthrough';
