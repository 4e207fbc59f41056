import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { parseId, requireAuth } from '@prumo/kit';
import type { MarketplaceContext } from '../context';
import { BrandInput, CategoryInput, UpdateCategoryInput } from './catalog.inputs';
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
  @Authorized('staff')
  @Mutation(() => Category, { description: 'Equipe da plataforma: renomeia (ou muda o identificador ou a ordem de) uma categoria; a busca dos anúncios acompanha.' })
  async updateMarketplaceCategory(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateCategoryInput) input: UpdateCategoryInput, @Ctx() ctx: MarketplaceContext): Promise<Category> {
    return toCategory(await ctx.services.catalog.updateCategory(requireAuth(ctx), parseId(id), input));
  }

  @Authorized('staff')
  @Mutation(() => Boolean, { description: 'Equipe da plataforma: exclui uma categoria sem subcategorias nem produtos.' })
  async deleteMarketplaceCategory(@Arg('id', () => ID) id: string, @Ctx() ctx: MarketplaceContext): Promise<boolean> {
    return ctx.services.catalog.deleteCategory(requireAuth(ctx), parseId(id));
  }

  @Authorized('staff')
  @Mutation(() => Brand, { description: 'Equipe da plataforma: renomeia uma marca; a busca dos anúncios acompanha.' })
  async updateMarketplaceBrand(@Arg('id', () => ID) id: string, @Arg('input', () => BrandInput) input: BrandInput, @Ctx() ctx: MarketplaceContext): Promise<Brand> {
    return toBrand(await ctx.services.catalog.updateBrand(requireAuth(ctx), parseId(id), input));
  }

  @Authorized('staff')
  @Mutation(() => Boolean, { description: 'Equipe da plataforma: exclui uma marca que nenhum produto usa.' })
  async deleteMarketplaceBrand(@Arg('id', () => ID) id: string, @Ctx() ctx: MarketplaceContext): Promise<boolean> {
    return ctx.services.catalog.deleteBrand(requireAuth(ctx), parseId(id));
  }
}
