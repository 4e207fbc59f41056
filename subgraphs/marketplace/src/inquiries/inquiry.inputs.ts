import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class SendInquiryInput {
  @Field(() => ID) productId!: string;
  @Field() message!: string;
}
