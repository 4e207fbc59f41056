import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { money, PageArgs, parseId, requireAuth } from '@prumo/kit';
import type { MarketplaceContext } from '../context';
import { marketplaceLoaders } from '../products/product.reference';
import { Product } from '../products/product.types';
import { Seller } from '../sellers/seller.types';
import { PlaceOrderInput } from './order.inputs';
import { Order, OrderConnection, OrderRole, OrderStatus, ProductSales, SalesSummary, toOrder } from './order.types';

@Resolver(() => Order)
export class OrderResolver {
  @Authorized()
  @Query(() => OrderConnection, { description: 'Pedidos em que a conta é compradora (BUYER) ou vendedora (SELLER).' })
  async orders(
    @Arg('role', () => OrderRole) role: OrderRole,
    @Arg('status', () => OrderStatus, { nullable: true }) status: OrderStatus | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: MarketplaceContext,
  ) {
    const tid = requireAuth(ctx).tid;
    const conn = await ctx.services.orders.list(tid, role, status, page.first, page.after);
    return { ...conn, nodes: conn.nodes.map((r: any) => toOrder(r, tid)) };
  }

  @Authorized()
  @Query(() => Order, { nullable: true })
  async order(@Arg('id', () => ID) id: string, @Ctx() ctx: MarketplaceContext): Promise<Order | null> {
    const tid = requireAuth(ctx).tid;
    const r = await ctx.services.orders.get(tid, parseId(id));
    return r ? toOrder(r, tid) : null;
  }

  @Authorized()
  @Query(() => SalesSummary, { description: 'Resumo de vendas da conta (como vendedora) entre duas datas AAAA-MM-DD.' })
  async salesSummary(@Arg('from') from: string, @Arg('to') to: string, @Ctx() ctx: MarketplaceContext): Promise<SalesSummary> {
    const s = await ctx.services.orders.salesSummary(requireAuth(ctx).tid, from, to);
    const loaders = marketplaceLoaders(ctx);
    const products = await loaders.ownProduct.loadMany(s.top.map((t: any) => t.product_id));
    return {
      completedOrders: s.completed,
      pendingOrders: s.pending,
      revenue: money(s.revenue),
      topProducts: s.top
        .map((t: any, i: number) => ({ product: products[i] as Product, quantity: t.quantity, revenue: money(Number(t.revenue)), productId: t.product_id }))
        .filter((t: ProductSales) => t.product && !(t.product instanceof Error)),
    };
  }

  @FieldResolver(() => Product, { nullable: true })
  product(@Root() o: Order, @Ctx() ctx: MarketplaceContext) {
    return marketplaceLoaders(ctx).product.load(o.productId);
  }

  @FieldResolver(() => Seller)
  seller(@Root() o: Order, @Ctx() ctx: MarketplaceContext) {
    return marketplaceLoaders(ctx).seller.load(o.sellerTenantId);
  }

  @FieldResolver(() => Seller)
  buyer(@Root() o: Order, @Ctx() ctx: MarketplaceContext) {
    return marketplaceLoaders(ctx).seller.load(o.buyerTenantId);
  }

  @FieldResolver(() => String, { nullable: true })
  async whatsappUrl(@Root() o: Order, @Ctx() ctx: MarketplaceContext) {
    const seller = await marketplaceLoaders(ctx).seller.load(o.sellerTenantId);
    return ctx.services.orders.whatsappUrl(
      { id: o.id, quantity: o.quantity, product_name: o.productName, product_code: o.productCode, unit_price_cents: o.unitPrice.cents, total_cents: o.total.cents, status: o.status },
      seller.whatsappDigits,
    );
  }

  @Authorized()
  @Mutation(() => Order, { description: 'Faz um pedido: reserva o estoque na hora e congela o preço.' })
  async placeOrder(@Arg('input', () => PlaceOrderInput) input: PlaceOrderInput, @Ctx() ctx: MarketplaceContext): Promise<Order> {
    const auth = requireAuth(ctx);
    return toOrder(await ctx.services.orders.place(auth, input), auth.tid);
  }

  @Authorized()
  @Mutation(() => Order, { description: 'Vendedor: confirma a venda (entra no faturamento).' })
  async confirmOrder(@Arg('id', () => ID) id: string, @Ctx() ctx: MarketplaceContext): Promise<Order> {
    const auth = requireAuth(ctx);
    return toOrder(await ctx.services.orders.confirm(auth, parseId(id)), auth.tid);
  }

  @Authorized()
  @Mutation(() => Order, { description: 'Comprador ou vendedor: cancela um pedido pendente (o estoque volta).' })
  async cancelOrder(@Arg('id', () => ID) id: string, @Ctx() ctx: MarketplaceContext): Promise<Order> {
    const auth = requireAuth(ctx);
    return toOrder(await ctx.services.orders.cancel(auth, parseId(id)), auth.tid);
  }
}
