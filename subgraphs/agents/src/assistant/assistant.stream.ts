import type { Logger } from 'pino';
import { AppError, userLiveId, type LivePublisher, type LiveState } from '@prumo/kit';

/** At most one progress event per answer every this many ms (the latest text wins). */
export const ASSISTANT_STREAM_THROTTLE_MS = 100;

export const ASSISTANT_STREAM_FAILED = 'Não foi possível concluir a resposta agora. Tente novamente em instantes.';

/** Stages of an answer's live events (`AssistantAnswerEvent.stage`). */
export type AnswerStage = 'THINKING' | 'TOOLS' | 'ANSWER' | 'DONE' | 'FAILED';

export interface AnswerDone {
  answer: string;
  conversationId: string;
  messageId: string;
  offline: boolean;
}

/**
 * The live events of one answer (topic 'assistant', router subscription `assistantAnswer`), on the
 * channel of the asking user (`userLiveId`): another member of the account cannot watch it. Every
 * event carries the whole text so far, so the publisher may coalesce progress (latest wins) and a
 * late subscriber's snapshot is complete. Events go out in call order; a failure to publish is
 * logged and never fails the answer.
 */
export class AnswerStream {
  private text = '';
  private chain: Promise<void> = Promise.resolve();
  private readonly id: string;

  constructor(
    private readonly live: LivePublisher,
    private readonly tenantId: string,
    userId: string,
    streamId: string,
    private readonly logger: Logger,
  ) {
    this.id = userLiveId(userId, streamId);
  }

  /** The question was accepted: the answer is being prepared. */
  thinking(): void {
    this.publish('RUNNING', 'THINKING', 'Pensando…', { text: '' });
  }

  /** One model call begins (its text starts empty); the returned callback receives its text so far. */
  round(): (textSoFar: string) => void {
    this.text = '';
    return (textSoFar) => {
      this.text = textSoFar;
      const text = this.text.trim();
      if (text) this.publish('RUNNING', 'ANSWER', 'Escrevendo a resposta…', { text });
    };
  }

  /** The model asked for the account's figures: what it wrote so far is not the answer. */
  tools(): void {
    this.text = '';
    this.publish('RUNNING', 'TOOLS', 'Consultando os números da sua conta…', { text: '' });
  }

  async done(result: AnswerDone): Promise<void> {
    this.publish('DONE', 'DONE', 'Resposta pronta.', { text: result.answer, conversationId: result.conversationId, messageId: result.messageId, offline: result.offline });
    await this.chain;
  }

  async fail(err: unknown): Promise<void> {
    // Typed errors carry a pt-BR message meant for the user (e.g. over the llm_tokens quota).
    // INTERNAL only when deliberate (e.g. the model did not answer); never an unexpected error's text.
    const typed = err instanceof AppError && (err.code !== 'INTERNAL' || err.extensions?.reason !== undefined);
    const message = typed ? (err as AppError).message : ASSISTANT_STREAM_FAILED;
    this.publish('FAILED', 'FAILED', message, { text: this.text.trim(), code: err instanceof AppError ? err.code : 'INTERNAL' });
    await this.chain;
  }

  private publish(state: LiveState, stage: AnswerStage, message: string, data: Record<string, unknown>): void {
    this.chain = this.chain
      .then(() => this.live.publish({ tenantId: this.tenantId, topic: 'assistant', id: this.id, state, stage, message, data }))
      .catch((err) => this.logger.warn({ err, stage }, 'assistant live event not published'));
  }
}
