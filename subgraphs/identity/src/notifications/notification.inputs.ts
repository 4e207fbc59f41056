import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '@prumo/kit';
import { DeliveryStatusEnum } from './notification.types';

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: 'Só os não lidos.' }) unreadOnly?: boolean;
}

@ArgsType()
export class DeliveryReportArgs extends PageArgs {
  @Field(() => DeliveryStatusEnum, { nullable: true, description: 'Filtra pela situação (ex.: FAILED).' }) status?: DeliveryStatusEnum;
}
