import type { SubgraphName } from '../config/services';

/** Domain events (DESIGN.md §3) and their payloads. Producers write them to their outbox. */
export interface DomainEvents {
  'account.created': { accountId: string; name: string; taxId: string; ownerUserId: string; ownerEmail: string };
  'plan.changed': { accountId: string; planCode: string; modules: string[]; status: string };
  'revenue.recorded': {
    source: 'documents' | 'finance' | 'marketplace';
    sourceId: string;
    amountCents: number;
    /** YYYY-MM-DD in America/Sao_Paulo: the day the revenue belongs to. */
    occurredOn: string;
    description?: string;
    /** Same key on an invoice and a sale (e.g. the NF-e access key): counted once. */
    dedupeKey?: string;
    /** Increases with every change of the source row; stale events (delivered late) are ignored. */
    version?: number;
  };
  'revenue.voided': { source: 'documents' | 'finance' | 'marketplace'; sourceId: string; version?: number };
  /** A document was read (or its fields edited): its content for retrieval, so no one reads documents' tables. */
  'document.extracted': {
    documentId: string;
    /** The document's version: an older event never overwrites a newer one. */
    version: number;
    filename: string;
    kind: string | null;
    /** YYYY-MM-DD (São Paulo) or null. */
    issuedOn: string | null;
    /** Extracted fields by name (accessKey, number, issuerName, totalCents, ...). */
    fields: Array<{ name: string; value: string }>;
    /** Item descriptions, in order. */
    items: string[];
    /** The extracted text (capped). */
    text: string;
  };
  'document.deleted': { documentId: string; version: number };
  'energy.synced': { clientId: string };
  'usage.recorded': { metric: string; amount: number };
  'notification.requested': {
    /** Stable key: the same notification requested twice is delivered once. */
    key: string;
    kind: 'lead' | 'limit_alert' | 'inquiry' | 'payment_problem' | 'generic';
    title: string;
    body: string;
    /** Recipient: an account (its owners), or platform staff when absent. */
    accountId?: string;
    whatsapp?: string;
    link?: string;
  };
}

export type EventType = keyof DomainEvents;

export interface EventEnvelope<T extends EventType = EventType> {
  id: string;
  type: T;
  /** The account the event belongs to; null for platform events (e.g. a lead from the landing page). */
  tenantId: string | null;
  occurredAt: string;
  payload: DomainEvents[T];
}

/**
 * Who consumes each event. The outbox relay fans an event out to one queue per consumer, so each
 * consumer retries independently. Grows as subgraphs arrive.
 */
export const EVENT_CONSUMERS: Record<EventType, SubgraphName[]> = {
  'account.created': ['billing', 'documents', 'marketplace'],
  'plan.changed': ['identity'],
  'revenue.recorded': ['limits'],
  'revenue.voided': ['limits'],
  'document.extracted': ['agents'],
  'document.deleted': ['agents'],
  // documents keeps each account's tax id to tell issued from received documents.
  'energy.synced': [],
  'usage.recorded': [],
  'notification.requested': ['identity'],
};
