import { Arg, Authorized, Ctx, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import { requireAuth, RequireModule } from '@prumo/kit';
import type { MarketplaceContext } from '../context';
import { marketplaceLoaders } from '../products/product.reference';
import { SellerProfileInput } from './seller.inputs';
import { Seller, toSeller } from './seller.types';

@Resolver(() => Seller)
export class SellerResolver {
  @Authorized()
  @UseMiddleware(RequireModule('marketplace'))
  @Query(() => Seller, { description: 'O cartão de vendedor da minha conta.' })
  mySellerProfile(@Ctx() ctx: MarketplaceContext): Promise<Seller> {
    return marketplaceLoaders(ctx).seller.load(requireAuth(ctx).tid);
  }

  @Authorized('admin')
  @UseMiddleware(RequireModule('marketplace'))
  @Mutation(() => Seller, { description: 'Nome da loja, WhatsApp (celular) e cidade mostrados aos compradores.' })
  async updateSellerProfile(@Arg('input', () => SellerProfileInput) input: SellerProfileInput, @Ctx() ctx: MarketplaceContext): Promise<Seller> {
    const auth = requireAuth(ctx);
    return toSeller(auth.tid, await ctx.services.sellers.update(auth, input));
  }
}
