import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import { PageArgs, parseId, requireAuth, RequireModule } from '@prumo/kit';
import { Brand, Category } from '../catalog/catalog.types';
import type { MarketplaceContext } from '../context';
import { Seller, toSeller } from '../sellers/seller.types';
import { marketplaceLoaders } from './product.reference';
import { CreateProductInput, ProductImageInput, ProductSearchFilter, UpdateProductInput } from './product.inputs';
import { Product, ProductConnection, ProductImage, toProduct } from './product.types';

/**
 * Who may do what: every signed-in account browses the listings and buys (orders, questions); selling
 * (listing products, "my products", the seller card) needs the plan's marketplace module.
 */
@Resolver(() => Product)
export class ProductResolver {
  @Authorized()
  @UseMiddleware(RequireModule('marketplace'))
  @Query(() => ProductConnection, { description: 'Meus produtos (ativos e inativos).' })
  async products(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('search', () => String, { nullable: true }) search: string | undefined,
    @Arg('active', () => Boolean, { nullable: true }) active: boolean | undefined,
    @Ctx() ctx: MarketplaceContext,
  ) {
    const tid = requireAuth(ctx).tid;
    const conn = await ctx.services.products.mine(tid, { first: page.first, after: page.after, search, active });
    return { ...conn, nodes: conn.nodes.map((r: any) => toProduct(r, tid)) };
  }

  @Authorized()
  @Query(() => Product, { nullable: true, description: 'Um produto: meu, ou anúncio ativo de outra conta.' })
  async product(@Arg('id', () => ID) id: string, @Ctx() ctx: MarketplaceContext): Promise<Product | null> {
    return marketplaceLoaders(ctx).product.load(parseId(id));
  }

  @Authorized()
  @Query(() => ProductConnection, { description: 'Catálogo: busca em português (sem acentos, tolera erros de digitação), com filtros; mais relevantes primeiro.' })
  async searchProducts(
    @Arg('query', () => String, { nullable: true }) query: string | undefined,
    @Arg('filter', () => ProductSearchFilter, { nullable: true }) filter: ProductSearchFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: MarketplaceContext,
  ) {
    const r = await ctx.services.products.search(requireAuth(ctx).tid, query, filter ?? {}, page.first, page.after);
    const loaders = marketplaceLoaders(ctx);
    const tid = requireAuth(ctx).tid;
    for (const row of r.products) loaders.product.prime(row.id, toProduct(row, tid));
    for (const row of r.sellers) loaders.seller.prime(row.tenant_id, toSeller(row.tenant_id, row.missing ? null : row));
    const nodes = (await loaders.product.loadMany(r.ids)).filter((p): p is Product => !!p && !(p instanceof Error));
    return { nodes, pageInfo: r.pageInfo };
  }

  @FieldResolver(() => Category)
  category(@Root() p: Product, @Ctx() ctx: MarketplaceContext) {
    return marketplaceLoaders(ctx).category.load(p.categoryId);
  }

  @FieldResolver(() => Brand, { nullable: true })
  brand(@Root() p: Product, @Ctx() ctx: MarketplaceContext) {
    return p.brandId ? marketplaceLoaders(ctx).brand.load(p.brandId) : null;
  }

  @FieldResolver(() => Seller)
  seller(@Root() p: Product, @Ctx() ctx: MarketplaceContext) {
    return marketplaceLoaders(ctx).seller.load(p.tenantId);
  }

  @FieldResolver(() => [ProductImage])
  async images(@Root() p: Product, @Ctx() ctx: MarketplaceContext): Promise<ProductImage[]> {
    return Promise.all(p.imageRows.map(async (i) => ({ id: i.id, contentType: i.contentType, size: i.size, url: await ctx.services.products.imageUrl(i.key) })));
  }

  @Authorized()
  @UseMiddleware(RequireModule('marketplace'))
  @Mutation(() => Product, { description: 'Anuncia um produto (conta no limite de produtos do plano).' })
  async createProduct(@Arg('input', () => CreateProductInput) input: CreateProductInput, @Ctx() ctx: MarketplaceContext): Promise<Product> {
    const auth = requireAuth(ctx);
    return toProduct(await ctx.services.products.create(auth, input), auth.tid);
  }

  @Authorized()
  @UseMiddleware(RequireModule('marketplace'))
  @Mutation(() => Product, { description: 'Altera um produto meu (preço, estoque, ativo...).' })
  async updateProduct(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateProductInput) input: UpdateProductInput, @Ctx() ctx: MarketplaceContext): Promise<Product> {
    const auth = requireAuth(ctx);
    return toProduct(await ctx.services.products.update(auth, parseId(id), input), auth.tid);
  }

  @Authorized()
  @UseMiddleware(RequireModule('marketplace'))
  @Mutation(() => Boolean, { description: 'Exclui um produto meu (libera a vaga no limite do plano).' })
  async deleteProduct(@Arg('id', () => ID) id: string, @Ctx() ctx: MarketplaceContext): Promise<boolean> {
    return ctx.services.products.delete(requireAuth(ctx), parseId(id));
  }

  @Authorized()
  @UseMiddleware(RequireModule('marketplace'))
  @Mutation(() => Product, { description: 'Adiciona uma imagem (PNG, JPEG ou WEBP, até 700 KB, em base64).' })
  async addProductImage(@Arg('productId', () => ID) productId: string, @Arg('input', () => ProductImageInput) input: ProductImageInput, @Ctx() ctx: MarketplaceContext): Promise<Product> {
    const auth = requireAuth(ctx);
    return toProduct(await ctx.services.products.addImage(auth, parseId(productId, 'productId'), input), auth.tid);
  }

  @Authorized()
  @UseMiddleware(RequireModule('marketplace'))
  @Mutation(() => Product)
  async removeProductImage(@Arg('productId', () => ID) productId: string, @Arg('imageId', () => ID) imageId: string, @Ctx() ctx: MarketplaceContext): Promise<Product> {
    const auth = requireAuth(ctx);
    return toProduct(await ctx.services.products.removeImage(auth, parseId(productId, 'productId'), parseId(imageId, 'imageId')), auth.tid);
  }
}
