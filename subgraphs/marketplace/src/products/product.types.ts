import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType, money, Money } from '@prumo/kit';
import { Brand, Category } from '../catalog/catalog.types';
import { Seller } from '../sellers/seller.types';

@ObjectType()
export class Specification {
  @Field() key!: string;
  @Field() value!: string;
}

@ObjectType()
export class ProductImage {
  @Field(() => ID) id!: string;
  @Field({ description: 'Link assinado (expira em 1 hora).' }) url!: string;
  @Field() contentType!: string;
  @Field(() => Int) size!: number;
}

@ObjectType({ description: 'Produto anunciado no marketplace B2B.' })
@Directive('@key(fields: "id")')
export class Product {
  @Field(() => ID) id!: string;
  @Field({ description: 'ST + 6 dígitos + letra de controle.' }) code!: string;
  @Field() name!: string;
  @Field() description!: string;
  @Field(() => Money) price!: Money;
  @Field(() => Int) stock!: number;
  @Field() active!: boolean;
  @Field(() => [Specification]) specifications!: Specification[];
  @Field({ description: 'O produto é da conta conectada.' }) isMine!: boolean;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  // resolved by field resolvers (batched)
  @Field(() => Category) category!: Category;
  @Field(() => Brand, { nullable: true }) brand!: Brand | null;
  @Field(() => Seller) seller!: Seller;
  @Field(() => [ProductImage]) images!: ProductImage[];
  tenantId!: string;
  categoryId!: string;
  brandId!: string | null;
  imageRows!: Array<{ id: string; key: string; contentType: string; size: number }>;
}

export function toProduct(r: any, tid: string): Product {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    description: r.description,
    price: money(Number(r.price_cents)),
    stock: r.stock,
    active: r.active,
    specifications: r.specifications ?? [],
    isMine: r.tenant_id === tid,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    tenantId: r.tenant_id,
    categoryId: r.category_id,
    brandId: r.brand_id,
    imageRows: r.images ?? [],
  } as Product;
}

export const ProductConnection = ConnectionType(Product, 'Product');
