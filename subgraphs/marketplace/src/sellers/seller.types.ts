import { Field, ID, ObjectType } from 'type-graphql';
import { formatBrazilianMobile } from './whatsapp';

@ObjectType({ description: 'Cartão público de uma conta que vende no marketplace.' })
export class Seller {
  @Field(() => ID) accountId!: string;
  @Field() displayName!: string;
  @Field(() => String, { nullable: true }) city!: string | null;
  @Field(() => String, { nullable: true, description: 'UF.' }) state!: string | null;
  @Field(() => String, { nullable: true, description: 'WhatsApp formatado, ex. (11) 98765-4321.' }) whatsapp!: string | null;
  whatsappDigits!: string | null;
}

export function toSeller(accountId: string, r: any | null): Seller {
  return {
    accountId,
    displayName: r?.display_name ?? 'Vendedor',
    city: r?.city ?? null,
    state: r?.state ?? null,
    whatsapp: r?.whatsapp ? formatBrazilianMobile(r.whatsapp) : null,
    whatsappDigits: r?.whatsapp ?? null,
  };
}
