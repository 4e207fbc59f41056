import { type ClassType, Directive, Field, Int, ObjectType, ArgsType } from 'type-graphql';
import { badInput } from '../errors';

/** Relay-style page info, shared by every subgraph (hence @shareable). */
@ObjectType()
@Directive('@shareable')
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Itens por página (1 a 100; padrão 20).' }) first?: number;
  @Field(() => String, { nullable: true, description: 'Cursor do último item da página anterior.' }) after?: string;
}

export interface Connection<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount?: number;
}

/** Declares `<Name>Connection { nodes, pageInfo }` for a node type. */
export function ConnectionType<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [node]) nodes!: T[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
  }
  return ConnectionClass;
}

/** Keyset cursor over (timestamp, id): stable under inserts, one index range scan per page. */
export interface KeysetCursor {
  at: string;
  id: string;
}

export function encodeCursor(c: KeysetCursor): string {
  return Buffer.from(JSON.stringify([c.at, c.id])).toString('base64url');
}

export function decodeCursor(cursor: string | undefined | null): KeysetCursor | null {
  if (!cursor) return null;
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    if (typeof at !== 'string' || typeof id !== 'string' || Number.isNaN(Date.parse(at))) throw new Error('bad');
    return { at, id };
  } catch {
    throw badInput({ after: 'Cursor inválido.' });
  }
}

export function pageSize(first: number | undefined | null, max = 100, fallback = 20): number {
  if (first === undefined || first === null) return fallback;
  if (!Number.isInteger(first) || first < 1 || first > max) throw badInput({ first: `Informe entre 1 e ${max} itens por página.` });
  return first;
}

/** Builds a connection from `limit + 1` rows fetched in keyset order. */
export function toConnection<R, T>(rows: R[], limit: number, map: (r: R) => T, cursorOf: (r: R) => KeysetCursor): Connection<T> {
  const hasNextPage = rows.length > limit;
  const page = hasNextPage ? rows.slice(0, limit) : rows;
  return {
    nodes: page.map(map),
    pageInfo: { hasNextPage, endCursor: page.length ? encodeCursor(cursorOf(page[page.length - 1])) : null },
  };
}
