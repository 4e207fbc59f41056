import {
  getNamedType,
  isObjectType,
  print,
  visit,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type VariableDefinitionNode,
} from 'graphql';
import { AppError, badInput, isUuid, liveChannel, liveSnapshotKey, userLiveId, type LiveEvent, type LiveTopic, type Redis } from '@prumo/kit';
import type { LiveHub } from './hub';
import { liveIterator } from './hub';
import type { RouterContext } from '../context';
import { withSubscriptions } from '../compose';

/** How each router-owned subscription maps to a live topic and to its payload's id field. */
export interface SubscriptionSpec {
  topic: LiveTopic;
  /** Argument carrying the watched id (also the payload field echoing it). */
  idArg: string;
  /**
   * Private to the subscribing user, not only to the account: the channel id is
   * `userLiveId(<sub of the subscriber's token>, <id>)`, so another member of the same account
   * watching the same id listens on their own (empty) channel. The id must be a UUID.
   */
  perUser?: boolean;
}

export const SUBSCRIPTIONS: Record<string, SubscriptionSpec> = {
  jobProgress: { topic: 'job', idArg: 'jobId' },
  documentProcessing: { topic: 'document', idArg: 'documentId' },
  energySync: { topic: 'energy', idArg: 'clientId' },
  agentExecution: { topic: 'agent', idArg: 'executionId' },
  assistantAnswer: { topic: 'assistant', idArg: 'streamId', perUser: true },
};

/**
 * Root query field that fetches an entity by id, per type: the entity field of an event is
 * resolved by running the subscriber's selection as this query through the gateway.
 */
export const ENTITY_QUERIES: Record<string, string> = {
  Account: 'account',
  Document: 'document',
  EnergyClient: 'energyClient',
  Execution: 'execution',
};

/** A gateway result as Apollo returns it (errors already formatted). */
export interface GatewayResult {
  data?: Record<string, unknown> | null;
  errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>;
}

export interface SubscriptionContext extends RouterContext {
  executeGateway(query: string, variables: Record<string, unknown>): Promise<GatewayResult>;
}

type EventPayload = Record<string, unknown> & { __entity: LiveEvent['entity'] };

/** Reads data by response key, so aliased selections of gateway results resolve. */
export const aliasAwareResolver: GraphQLFieldResolver<unknown, unknown> = (source, _args, _ctx, info) => {
  if (source === null || typeof source !== 'object') return undefined;
  const key = info.fieldNodes[0].alias?.value ?? info.fieldName;
  const record = source as Record<string, unknown>;
  const value = key in record ? record[key] : record[info.fieldName];
  return typeof value === 'function' ? (value as (...a: unknown[]) => unknown)(_args, _ctx, info) : value;
};

/** Builds `query($v..) { <field>(id: $__id) { <selection> } }` from the subscriber's selection. */
export function entityQuery(info: GraphQLResolveInfo, rootField: string): { query: string; usedVariables: string[] } {
  const node: FieldNode = info.fieldNodes[0];
  const fragments = new Map<string, FragmentDefinitionNode>();
  const variables = new Set<string>();
  const collect = (n: unknown) =>
    visit(n as FieldNode, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        if (!fragments.has(name) && info.fragments[name]) {
          fragments.set(name, info.fragments[name]);
          collect(info.fragments[name]);
        }
      },
      Variable(v) {
        variables.add(v.name.value);
      },
    });
  collect(node.selectionSet);
  const defs: VariableDefinitionNode[] = (info.operation.variableDefinitions ?? []).filter((d) => variables.has(d.variable.name.value));
  const varDecl = ['$__id: ID!', ...defs.map((d) => print(d))].join(', ');
  const selection = node.selectionSet ? print(node.selectionSet) : '';
  const query = `query RouterEntity(${varDecl}) { ${rootField}(id: $__id) ${selection} }\n${[...fragments.values()].map((f) => print(f)).join('\n')}`;
  return { query, usedVariables: [...variables] };
}

export function buildSubscriptionSchema(apiSchema: GraphQLSchema, subscriptionsSdl: string, hub: LiveHub, redis: Redis): GraphQLSchema {
  const schema = withSubscriptions(apiSchema, subscriptionsSdl);
  const subscriptionType = schema.getSubscriptionType();
  if (!subscriptionType) throw new Error('subscriptions.graphql has no Subscription type');

  for (const [name, field] of Object.entries(subscriptionType.getFields())) {
    const spec = SUBSCRIPTIONS[name];
    if (!spec) throw new Error(`no SubscriptionSpec for Subscription.${name}`);
    field.subscribe = (_root, args: Record<string, unknown>, ctx: SubscriptionContext) => {
      if (!ctx.auth) throw new AppError('UNAUTHENTICATED');
      const arg = String(args[spec.idArg]);
      if (spec.perUser && !isUuid(arg)) throw badInput({ [spec.idArg]: 'Identificador inválido: use um UUID.' });
      // The tenant (and for private streams the user) comes only from the token: another account's
      // channel, or another member's private one, is unreachable.
      const id = spec.perUser ? userLiveId(ctx.auth.sub, arg) : arg;
      const channel = liveChannel(ctx.auth.tid, spec.topic, id);
      return liveIterator(
        hub,
        channel,
        async () => {
          const raw = await redis.get(liveSnapshotKey(channel));
          return raw ? (JSON.parse(raw) as LiveEvent) : null;
        },
        () => ({
          v: 1,
          tenantId: ctx.auth!.tid,
          topic: spec.topic,
          id,
          seq: 0,
          state: 'QUEUED',
          percent: null,
          stage: null,
          message: null,
          entity: null,
          data: null,
          at: new Date().toISOString(),
        }),
      );
    };
    field.resolve = (event: LiveEvent, args: Record<string, unknown>): EventPayload => ({
      ...(event.data ?? {}),
      ...event,
      // A private stream echoes the id the client asked for, not the channel id.
      [spec.idArg]: spec.perUser ? String(args[spec.idArg]) : event.id,
      __entity: event.entity,
    });

    // Entity fields of the payload type resolve through the gateway, per event.
    const payloadType = getNamedType(field.type);
    if (!isObjectType(payloadType)) continue;
    for (const payloadField of Object.values(payloadType.getFields())) {
      const typeName = getNamedType(payloadField.type).name;
      const rootField = ENTITY_QUERIES[typeName];
      if (!rootField) continue;
      payloadField.resolve = async (source: EventPayload, _args, ctx: SubscriptionContext, info) => {
        const entity = source.__entity;
        if (!entity || entity.__typename !== typeName) return null;
        const { query, usedVariables } = entityQuery(info, rootField);
        const variables: Record<string, unknown> = { __id: entity.id };
        for (const v of usedVariables) variables[v] = info.variableValues[v];
        const result = await ctx.executeGateway(query, variables);
        if (result.errors?.length) {
          const e = result.errors[0];
          throw new AppError((e.extensions?.code as 'INTERNAL') ?? 'INTERNAL', e.message);
        }
        return (result.data as Record<string, unknown> | null)?.[rootField] ?? null;
      };
    }
  }
  return schema;
}

