import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import { PageArgs, pageSize, parseId, requireAuth, RequireModule } from '@prumo/kit';
import type { EnergyContext } from '../context';
import { EnergyClient } from '../clients/energy-client.types';
import { toInvoice, EnergyInvoiceConnection } from '../invoices/invoice.types';
import { energyLoaders } from '../loaders';
import { ConsumerUnit } from './unit.types';

@Resolver(() => ConsumerUnit)
export class ConsumerUnitResolver {
  @Authorized()
  @UseMiddleware(RequireModule('energy'))
  @Query(() => ConsumerUnit, { nullable: true })
  consumerUnit(@Arg('id', () => ID) id: string, @Ctx() ctx: EnergyContext) {
    return energyLoaders(ctx).unit.load(parseId(id));
  }

  @FieldResolver(() => EnergyInvoiceConnection, { description: 'Faturas, da mais recente à mais antiga (24 por página).' })
  async invoices(@Root() u: ConsumerUnit, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: EnergyContext) {
    requireAuth(ctx);
    const limit = pageSize(page.first, 100, 24);
    const conn = page.after
      ? await ctx.services.invoices.page(requireAuth(ctx).tid, u.id, limit, page.after)
      : await energyLoaders(ctx).firstInvoicePage(limit).load(u.id);
    return { ...conn, nodes: conn.nodes.map(toInvoice) };
  }

  @FieldResolver(() => EnergyClient)
  client(@Root() u: ConsumerUnit, @Ctx() ctx: EnergyContext) {
    return energyLoaders(ctx).client.load(u.clientId);
  }

  @FieldResolver(() => ConsumerUnit, { nullable: true, description: 'Usina que rateia créditos para esta unidade.' })
  parent(@Root() u: ConsumerUnit, @Ctx() ctx: EnergyContext) {
    return u.parentUnitId ? energyLoaders(ctx).unit.load(u.parentUnitId) : null;
  }
}
