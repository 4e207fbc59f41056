import { Field, InputType } from 'type-graphql';

@InputType()
export class SellerProfileInput {
  @Field() displayName!: string;
  @Field(() => String, { nullable: true }) whatsapp?: string | null;
  @Field(() => String, { nullable: true }) city?: string | null;
  @Field(() => String, { nullable: true }) state?: string | null;
}
