import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, requireAuth } from '@prumo/kit';
import type { MarketplaceContext } from '../context';
import { OrderRole } from '../orders/order.types';
import { marketplaceLoaders } from '../products/product.reference';
import { Product } from '../products/product.types';
import { Seller } from '../sellers/seller.types';
import { SendInquiryInput } from './inquiry.inputs';
import { Inquiry, InquiryConnection, toInquiry } from './inquiry.types';

@Resolver(() => Inquiry)
export class InquiryResolver {
  @Authorized()
  @Mutation(() => Inquiry, { description: 'Pergunta ao vendedor sobre um produto (o vendedor é notificado).' })
  async sendInquiry(@Arg('input', () => SendInquiryInput) input: SendInquiryInput, @Ctx() ctx: MarketplaceContext): Promise<Inquiry> {
    const auth = requireAuth(ctx);
    return toInquiry(await ctx.services.inquiries.send(auth, input), auth.tid);
  }

  @Authorized()
  @Mutation(() => Inquiry, { description: 'O vendedor responde a uma pergunta recebida (uma vez); o comprador é notificado.' })
  async answerInquiry(@Arg('id', () => ID) id: string, @Arg('answer') answer: string, @Ctx() ctx: MarketplaceContext): Promise<Inquiry> {
    const auth = requireAuth(ctx);
    return toInquiry(await ctx.services.inquiries.answer(auth, { id, answer }), auth.tid);
  }

  @Authorized()
  @Query(() => InquiryConnection, { description: 'Perguntas que fiz (BUYER) ou recebi (SELLER).' })
  async inquiries(@Arg('role', () => OrderRole) role: OrderRole, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: MarketplaceContext) {
    const tid = requireAuth(ctx).tid;
    const conn = await ctx.services.inquiries.list(tid, role, page.first, page.after);
    return { ...conn, nodes: conn.nodes.map((r: any) => toInquiry(r, tid)) };
  }

  @FieldResolver(() => Product, { nullable: true })
  product(@Root() i: Inquiry, @Ctx() ctx: MarketplaceContext) {
    return marketplaceLoaders(ctx).product.load(i.productId);
  }

  @FieldResolver(() => Seller)
  buyer(@Root() i: Inquiry, @Ctx() ctx: MarketplaceContext) {
    return marketplaceLoaders(ctx).seller.load(i.buyerTenantId);
  }

  @FieldResolver(() => Seller)
  seller(@Root() i: Inquiry, @Ctx() ctx: MarketplaceContext) {
    return marketplaceLoaders(ctx).seller.load(i.sellerTenantId);
  }
}
