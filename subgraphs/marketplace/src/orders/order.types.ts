import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType, money, Money } from '@prumo/kit';
import { Product } from '../products/product.types';
import { Seller } from '../sellers/seller.types';

export enum OrderStatus {
  PENDING = 'PENDING',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(OrderStatus, { name: 'OrderStatus', description: 'PENDING (aguarda o vendedor), COMPLETED (venda concluída), CANCELLED.' });

export enum OrderRole {
  BUYER = 'BUYER',
  SELLER = 'SELLER',
}
registerEnumType(OrderRole, { name: 'OrderRole' });

@ObjectType({ description: 'Pedido entre duas contas: visível só ao comprador e ao vendedor.' })
export class Order {
  @Field(() => ID) id!: string;
  @Field(() => OrderStatus) status!: OrderStatus;
  @Field(() => OrderRole, { description: 'O meu papel neste pedido.' }) myRole!: OrderRole;
  @Field(() => Int) quantity!: number;
  @Field(() => Money, { description: 'Preço unitário congelado no momento do pedido.' }) unitPrice!: Money;
  @Field(() => Money) total!: Money;
  @Field() productName!: string;
  @Field() productCode!: string;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) completedAt!: Date | null;
  @Field(() => Date, { nullable: true }) cancelledAt!: Date | null;
  @Field(() => OrderRole, { nullable: true }) cancelledBy!: OrderRole | null;
  @Field(() => Product, { nullable: true, description: 'O produto, enquanto visível (ativo, ou meu).' }) product!: Product | null;
  @Field(() => Seller) seller!: Seller;
  @Field(() => Seller) buyer!: Seller;
  @Field(() => String, { nullable: true, description: 'Conversa no WhatsApp com o vendedor, já com o resumo do pedido.' }) whatsappUrl!: string | null;
  productId!: string;
  buyerTenantId!: string;
  sellerTenantId!: string;
}

export function toOrder(r: any, tid: string): Order {
  return {
    id: r.id,
    status: r.status,
    myRole: r.tenant_id === tid ? OrderRole.BUYER : OrderRole.SELLER,
    quantity: r.quantity,
    unitPrice: money(Number(r.unit_price_cents)),
    total: money(Number(r.total_cents)),
    productName: r.product_name,
    productCode: r.product_code,
    createdAt: r.created_at,
    completedAt: r.completed_at,
    cancelledAt: r.cancelled_at,
    cancelledBy: r.cancelled_by,
    productId: r.product_id,
    buyerTenantId: r.tenant_id,
    sellerTenantId: r.seller_tenant_id,
  } as Order;
}

export const OrderConnection = ConnectionType(Order, 'Order');

@ObjectType()
export class ProductSales {
  @Field(() => Product) product!: Product;
  @Field(() => Int) quantity!: number;
  @Field(() => Money) revenue!: Money;
  productId!: string;
}

@ObjectType({ description: 'Vendas da conta conectada (como vendedora) no período, em datas de São Paulo.' })
export class SalesSummary {
  @Field(() => Int) completedOrders!: number;
  @Field(() => Int) pendingOrders!: number;
  @Field(() => Money) revenue!: Money;
  @Field(() => [ProductSales]) topProducts!: ProductSales[];
}
