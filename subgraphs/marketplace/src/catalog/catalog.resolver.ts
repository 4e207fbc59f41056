import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { requireAuth } from '@prumo/kit';
import type { MarketplaceContext } from '../context';
import { BrandInput, CategoryInput } from './catalog.inputs';
import { Brand, Category, toBrand, toCategory } from './catalog.types';

@Resolver()
export class CatalogResolver {
  @Authorized()
  @Query(() => [Category], { description: 'Árvore de categorias do marketplace.' })
  async marketplaceCategories(@Ctx() ctx: MarketplaceContext): Promise<Category[]> {
    return (await ctx.services.catalog.categories(requireAuth(ctx))).map(toCategory);
  }

  @Authorized()
  @Query(() => [Brand])
  async marketplaceBrands(@Ctx() ctx: MarketplaceContext): Promise<Brand[]> {
    return (await ctx.services.catalog.brands(requireAuth(ctx))).map(toBrand);
  }

  @Authorized('staff')
  @Mutation(() => Category, { description: 'Equipe da plataforma: nova categoria.' })
  async createMarketplaceCategory(@Arg('input', () => CategoryInput) input: CategoryInput, @Ctx() ctx: MarketplaceContext): Promise<Category> {
    return toCategory(await ctx.services.catalog.createCategory(requireAuth(ctx), input));
  }

  @Authorized('staff')
  @Mutation(() => Brand, { description: 'Equipe da plataforma: nova marca.' })
  async createMarketplaceBrand(@Arg('input', () => BrandInput) input: BrandInput, @Ctx() ctx: MarketplaceContext): Promise<Brand> {
    return toBrand(await ctx.services.catalog.createBrand(requireAuth(ctx), input));
  }
}
