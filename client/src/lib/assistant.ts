import type { Client } from 'urql';
import { graphql } from '../gql';

export const AssistantStatusDocument = graphql(`
  query AssistantStatus {
    assistantStatus {
      offline
      model
      semanticSearch
    }
  }
`);

export const ConversationsDocument = graphql(`
  query Conversations($first: Int, $after: String) {
    conversations(first: $first, after: $after) {
      nodes {
        id
        mode
        title
        updatedAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ConversationDocument = graphql(`
  query Conversation($id: ID!) {
    conversation(id: $id) {
      id
      mode
      title
      messages {
        id
        role
        content
        offline
        createdAt
        citations {
          kind
          number
          documentId
          field
          sectionId
          title
          label
          excerpt
          link
        }
      }
    }
  }
`);

export const AskAssistantDocument = graphql(`
  mutation AskAssistant($input: AskAssistantInput!) {
    askAssistant(input: $input) {
      answer
      conversationId
      messageId
      offline
      citations {
        kind
        number
        documentId
        field
        sectionId
        title
        label
        excerpt
        link
      }
    }
  }
`);

/** The answer as it is written (the text so far), private to the asking user. */
export const AssistantAnswerDocument = graphql(`
  subscription AssistantAnswer($streamId: ID!) {
    assistantAnswer(streamId: $streamId) {
      streamId
      seq
      state
      stage
      text
      message
    }
  }
`);

export const DeleteConversationDocument = graphql(`
  mutation DeleteConversation($id: ID!) {
    deleteConversation(id: $id)
  }
`);

/** Questions the assistant answers with the account's exact figures. */
export const SUGGESTIONS = [
  'Quanto faturei no mês passado?',
  'Quanto ainda resta do meu limite do MEI?',
  'Quando vence o próximo DAS e qual o valor?',
  'Quais foram as maiores despesas do mês?',
  'Qual o saldo das minhas contas?',
  'Tenho faturas de energia em aberto?',
];

/** A random UUID v4 (crypto.randomUUID needs a secure context; getRandomValues works everywhere). */
export function newStreamId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** How long a question waits for its live channel before it is sent anyway (the answer still comes). */
const STREAM_READY_TIMEOUT_MS = 1500;

export interface AnswerWatch {
  /** Resolves once the subscription is live (its first event), or after a short timeout: never fails. */
  ready: Promise<void>;
  stop(): void;
}

/**
 * Watches the live answer of `streamId`: `onText` receives the answer written so far. The
 * subscription is best effort: if it fails, the mutation's result still brings the whole answer.
 */
export function watchAnswer(client: Client, streamId: string, onText: (text: string) => void): AnswerWatch {
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
    setTimeout(resolve, STREAM_READY_TIMEOUT_MS);
  });
  let stopped = false;
  const sub = client.subscription(AssistantAnswerDocument, { streamId }).subscribe((result) => {
    markReady();
    const ev = result.data?.assistantAnswer;
    if (stopped || !ev) return;
    if ((ev.state === 'RUNNING' || ev.state === 'DONE') && ev.text) onText(ev.text);
  });
  return {
    ready,
    stop() {
      stopped = true;
      markReady();
      sub.unsubscribe();
    },
  };
}
