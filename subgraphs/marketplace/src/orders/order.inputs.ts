import { Field, ID, InputType, Int } from 'type-graphql';

@InputType()
export class PlaceOrderInput {
  @Field(() => ID) productId!: string;
  @Field(() => Int) quantity!: number;
}
