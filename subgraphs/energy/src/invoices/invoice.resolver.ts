import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import { money, parseId, requireAuth, RequireModule } from '@prumo/kit';
import type { EnergyContext } from '../context';
import { energyLoaders } from '../loaders';
import { ConsumerUnit } from '../units/unit.types';
import { EnergyInvoice, EnergyInvoicePdf, EnergyOverview, toInvoice } from './invoice.types';
import { invoicePdf } from './invoice.pdf';

@Resolver(() => EnergyInvoice)
export class EnergyInvoiceResolver {
  @Authorized()
  @UseMiddleware(RequireModule('energy'))
  @Query(() => EnergyInvoice, { nullable: true })
  invoice(@Arg('id', () => ID) id: string, @Ctx() ctx: EnergyContext) {
    return energyLoaders(ctx).invoice.load(parseId(id));
  }

  @Authorized()
  @UseMiddleware(RequireModule('energy'))
  @Query(() => EnergyInvoicePdf, { description: 'Link (expira em 10 minutos) do PDF da fatura; na primeira vez o robô baixa do portal e guarda.' })
  invoicePdf(@Arg('invoiceId', () => ID) invoiceId: string, @Ctx() ctx: EnergyContext): Promise<EnergyInvoicePdf> {
    return invoicePdf(ctx.services, requireAuth(ctx).tid, parseId(invoiceId, 'invoiceId'));
  }

  @Authorized()
  @UseMiddleware(RequireModule('energy'))
  @Query(() => EnergyOverview, { description: 'Resumo: titulares, unidades, faturas em aberto, custo e consumo dos últimos 12 meses.' })
  async energyOverview(@Ctx() ctx: EnergyContext): Promise<EnergyOverview> {
    const o = await ctx.services.invoices.overview(requireAuth(ctx).tid);
    return {
      clients: o.clients,
      units: o.units,
      openInvoices: o.open.map(toInvoice),
      openAmount: money(o.openCents),
      overdueCount: o.overdueCount,
      overdueAmount: money(o.overdueCents),
      last12MonthsCost: money(o.costCents),
      last12MonthsKwh: o.kwh,
    };
  }

  @FieldResolver(() => ConsumerUnit)
  unit(@Root() i: EnergyInvoice, @Ctx() ctx: EnergyContext) {
    return energyLoaders(ctx).unit.load(i.unitId);
  }
}
