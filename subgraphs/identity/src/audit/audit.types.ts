import { Field, ID, ObjectType } from 'type-graphql';
import { ConnectionType } from '@prumo/kit';
import type { AuditEventEntity } from './audit-event.entity';

@ObjectType({ description: 'Evento de segurança da conta.' })
export class AuditEvent {
  @Field(() => ID) id!: string;
  @Field({ description: 'sign_in, sign_in_failed, api_key_created, member_removed, ...' }) action!: string;
  @Field(() => String, { nullable: true }) target!: string | null;
  @Field(() => String, { nullable: true }) ip!: string | null;
  @Field(() => String, { nullable: true }) userAgent!: string | null;
  @Field({ description: 'Detalhes em JSON.' }) metadata!: string;
  @Field() createdAt!: Date;
  actorUserId!: string | null;
}

export const toAuditEvent = (e: AuditEventEntity): AuditEvent => ({
  id: e.id,
  action: e.action,
  target: e.target,
  ip: e.ip,
  userAgent: e.userAgent,
  metadata: JSON.stringify(e.metadata ?? {}),
  createdAt: e.createdAt,
  actorUserId: e.actorUserId,
});

export const AuditEventConnection = ConnectionType(AuditEvent, 'AuditEvent');
