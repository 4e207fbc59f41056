import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '@prumo/kit';
import type { NotificationDeliveryEntity, NotificationEntity } from './notification.entity';

export enum NotificationKindEnum {
  LEAD = 'lead',
  LIMIT_ALERT = 'limit_alert',
  INQUIRY = 'inquiry',
  PAYMENT_PROBLEM = 'payment_problem',
  GENERIC = 'generic',
}
registerEnumType(NotificationKindEnum, { name: 'NotificationKind', description: 'Origem do aviso.' });

export enum DeliveryChannelEnum {
  IN_APP = 'in_app',
  WHATSAPP = 'whatsapp',
  LOG = 'log',
}
registerEnumType(DeliveryChannelEnum, { name: 'NotificationChannel', description: 'IN_APP: caixa de entrada; WHATSAPP; LOG: registro (WhatsApp não configurado).' });

export enum DeliveryStatusEnum {
  PENDING = 'pending',
  SENT = 'sent',
  FAILED = 'failed',
}
registerEnumType(DeliveryStatusEnum, { name: 'NotificationDeliveryStatus' });

@ObjectType({ description: 'Entrega de um aviso por um canal.' })
export class NotificationDelivery {
  @Field(() => DeliveryChannelEnum) channel!: DeliveryChannelEnum;
  @Field(() => DeliveryStatusEnum) status!: DeliveryStatusEnum;
  @Field(() => Int, { description: 'Tentativas feitas.' }) attempts!: number;
  @Field(() => String, { nullable: true, description: 'Último erro do canal, quando houve.' }) lastError!: string | null;
  @Field(() => Date, { nullable: true, description: 'Quando o canal aceitou a mensagem.' }) sentAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'WhatsApp: quando a mensagem chegou ao aparelho (confirmação do WhatsApp).' }) deliveredAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'WhatsApp: quando a mensagem foi lida, se o usuário mantém a confirmação de leitura ligada.' }) readAt!: Date | null;
  notificationId!: string;
}

@ObjectType({ description: 'Aviso na caixa de entrada do usuário.' })
export class Notification {
  @Field(() => ID) id!: string;
  @Field(() => NotificationKindEnum) kind!: NotificationKindEnum;
  @Field() title!: string;
  @Field() body!: string;
  @Field(() => String, { nullable: true, description: 'Caminho no app (ex.: /painel).' }) link!: string | null;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
  @Field() createdAt!: Date;
}

const KINDS = new Set<string>(Object.values(NotificationKindEnum));

export const toNotification = (e: NotificationEntity): Notification => ({
  id: e.id,
  kind: (KINDS.has(e.kind) ? e.kind : 'generic') as NotificationKindEnum,
  title: e.title,
  body: e.body,
  link: e.link,
  readAt: e.readAt,
  createdAt: e.createdAt,
});

export const toDelivery = (e: NotificationDeliveryEntity): NotificationDelivery => ({
  channel: e.channel as DeliveryChannelEnum,
  status: e.status as DeliveryStatusEnum,
  attempts: e.attempts,
  lastError: e.lastError,
  sentAt: e.sentAt,
  deliveredAt: e.deliveredAt,
  readAt: e.readAt,
  notificationId: e.notificationId,
});

export const NotificationConnection = ConnectionType(Notification, 'Notification');

@ObjectType({ description: 'Equipe: uma entrega de aviso por um canal, em qualquer conta.' })
export class NotificationDeliveryReport {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true, description: 'Conta destinatária; vazio para avisos da equipe.' }) accountId!: string | null;
  @Field(() => ID) userId!: string;
  @Field() key!: string;
  @Field(() => DeliveryChannelEnum) channel!: DeliveryChannelEnum;
  @Field(() => DeliveryStatusEnum) status!: DeliveryStatusEnum;
  @Field(() => Int) attempts!: number;
  @Field(() => String, { nullable: true }) lastError!: string | null;
  @Field(() => Date, { nullable: true }) deliveredAt!: Date | null;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

export const NotificationDeliveryReportConnection = ConnectionType(NotificationDeliveryReport, 'NotificationDeliveryReport');
