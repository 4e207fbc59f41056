// A minimal typed Prumo client for partners: API key in `x-api-key`, typed documents from codegen.
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

export class PrumoClient {
  constructor(
    private readonly endpoint: string,
    private readonly apiKey: string,
  ) {}

  async request<R, V extends Record<string, unknown>>(document: TypedDocumentNode<R, V>, variables?: V): Promise<R> {
    const res = await fetch(this.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': this.apiKey },
      body: JSON.stringify({ query: print(document), variables: variables ?? {} }),
    });
    const body = (await res.json()) as { data?: R; errors?: Array<{ message: string; extensions?: { code?: string } }> };
    if (body.errors?.length) {
      const e = body.errors[0];
      throw Object.assign(new Error(e.message), { code: e.extensions?.code, status: res.status, retryAfter: res.headers.get('retry-after') });
    }
    return body.data as R;
  }
}
