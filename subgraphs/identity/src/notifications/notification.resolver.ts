import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { badInput, groupByKey, parseId, requireAuth } from '@prumo/kit';
import type { IdentityContext } from '../context';
import { DeliveryReportArgs, NotificationsArgs } from './notification.inputs';
import { DeliveryChannelEnum, Notification, NotificationConnection, NotificationDelivery, NotificationDeliveryReportConnection, toDelivery } from './notification.types';

@Resolver(() => Notification)
export class NotificationResolver {
  @Authorized()
  @Query(() => NotificationConnection, { description: 'Seus avisos na conta atual, do mais novo ao mais antigo.' })
  async notifications(@Args(() => NotificationsArgs) args: NotificationsArgs, @Ctx() ctx: IdentityContext) {
    return ctx.services.notifications.list(requireAuth(ctx), args.first, args.after, args.unreadOnly);
  }

  @Authorized()
  @Query(() => Int, { description: 'Quantos avisos seus ainda não foram lidos (conta atual).' })
  async unreadNotificationCount(@Ctx() ctx: IdentityContext): Promise<number> {
    return ctx.services.notifications.unreadCount(requireAuth(ctx));
  }

  @Authorized()
  @Mutation(() => Notification, { description: 'Marca um aviso como lido.' })
  async markNotificationRead(@Arg('id', () => ID) id: string, @Ctx() ctx: IdentityContext): Promise<Notification> {
    return ctx.services.notifications.markRead(requireAuth(ctx), parseId(id));
  }

  @Authorized()
  @Mutation(() => Int, { description: 'Marca todos os seus avisos da conta atual como lidos; devolve quantos mudaram.' })
  async markAllNotificationsRead(@Ctx() ctx: IdentityContext): Promise<number> {
    return ctx.services.notifications.markAllRead(requireAuth(ctx));
  }

  @Authorized()
  @Mutation(() => Notification, { description: 'Reenvia um aviso por um canal externo cuja entrega falhou (por exemplo, WhatsApp depois de corrigir o número no perfil).' })
  async resendNotification(
    @Arg('id', () => ID) id: string,
    @Arg('channel', () => DeliveryChannelEnum) channel: DeliveryChannelEnum,
    @Ctx() ctx: IdentityContext,
  ): Promise<Notification> {
    if (channel === DeliveryChannelEnum.IN_APP) throw badInput({ channel: 'A caixa de entrada já tem o aviso: escolha WHATSAPP.' });
    return ctx.services.notifications.resend(requireAuth(ctx), parseId(id), channel === DeliveryChannelEnum.WHATSAPP ? 'whatsapp' : 'log');
  }

  @Authorized('staff')
  @Query(() => NotificationDeliveryReportConnection, { description: 'Equipe: entregas de avisos por WhatsApp/registro em todas as contas (ex.: as que falharam).' })
  async adminNotificationDeliveries(@Args(() => DeliveryReportArgs) args: DeliveryReportArgs, @Ctx() ctx: IdentityContext) {
    return ctx.services.notifications.adminDeliveries(args.first, args.after, args.status);
  }

  @FieldResolver(() => [NotificationDelivery], { description: 'Situação da entrega em cada canal.' })
  async deliveries(@Root() n: Notification, @Ctx() ctx: IdentityContext): Promise<NotificationDelivery[]> {
    const auth = requireAuth(ctx);
    const loader = ctx.loaders.get<string, NotificationDelivery[]>('notificationDeliveries', async (ids) =>
      groupByKey(ids, (await ctx.services.notifications.deliveriesOf(auth, ids)).map(toDelivery), (d) => d.notificationId),
    );
    return loader.load(n.id);
  }
}
