import { Field, ID, InputType, Int } from 'type-graphql';

@InputType()
export class CategoryInput {
  @Field() slug!: string;
  @Field() name!: string;
  @Field(() => ID, { nullable: true }) parentId?: string | null;
  @Field(() => Int, { nullable: true }) position?: number | null;
}

@InputType()
export class BrandInput {
  @Field() name!: string;
}

@InputType()
export class UpdateCategoryInput {
  @Field(() => String, { nullable: true }) slug?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => Int, { nullable: true }) position?: number | null;
}
