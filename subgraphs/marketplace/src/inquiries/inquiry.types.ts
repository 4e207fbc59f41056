import { Field, ID, ObjectType } from 'type-graphql';
import { ConnectionType } from '@prumo/kit';
import { OrderRole } from '../orders/order.types';
import { Product } from '../products/product.types';
import { Seller } from '../sellers/seller.types';

@ObjectType({ description: 'Pergunta de um comprador sobre um produto (visível ao comprador e ao vendedor).' })
export class Inquiry {
  @Field(() => ID) id!: string;
  @Field() message!: string;
  @Field() createdAt!: Date;
  @Field(() => String, { nullable: true, description: 'A resposta do vendedor (uma só).' }) answer!: string | null;
  @Field(() => Date, { nullable: true }) answeredAt!: Date | null;
  @Field(() => OrderRole) myRole!: OrderRole;
  @Field(() => Product, { nullable: true }) product!: Product | null;
  @Field(() => Seller) buyer!: Seller;
  @Field(() => Seller) seller!: Seller;
  productId!: string;
  buyerTenantId!: string;
  sellerTenantId!: string;
}

export const toInquiry = (r: any, tid: string): Inquiry =>
  ({
    id: r.id,
    message: r.message,
    createdAt: r.created_at,
    answer: r.answer ?? null,
    answeredAt: r.answered_at ?? null,
    myRole: r.tenant_id === tid ? OrderRole.BUYER : OrderRole.SELLER,
    productId: r.product_id,
    buyerTenantId: r.tenant_id,
    sellerTenantId: r.seller_tenant_id,
  }) as Inquiry;

export const InquiryConnection = ConnectionType(Inquiry, 'Inquiry');

