import { Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';

@InputType()
export class SpecificationInput {
  @Field() key!: string;
  @Field() value!: string;
}

@InputType()
export class CreateProductInput {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => ID) categoryId!: string;
  @Field(() => ID, { nullable: true }) brandId?: string | null;
  @Field(() => GraphQLSafeInt, { description: 'Preço em centavos (> 0).' }) priceCents!: number;
  @Field(() => Int) stock!: number;
  @Field(() => [SpecificationInput], { nullable: true }) specifications?: SpecificationInput[] | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
}

@InputType()
export class UpdateProductInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => ID, { nullable: true }) categoryId?: string | null;
  @Field(() => ID, { nullable: true }) brandId?: string | null;
  @Field(() => GraphQLSafeInt, { nullable: true }) priceCents?: number | null;
  @Field(() => Int, { nullable: true }) stock?: number | null;
  @Field(() => [SpecificationInput], { nullable: true }) specifications?: SpecificationInput[] | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
}

@InputType()
export class ProductSearchFilter {
  @Field(() => ID, { nullable: true, description: 'Categoria (inclui as subcategorias).' }) categoryId?: string | null;
  @Field(() => ID, { nullable: true }) brandId?: string | null;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Preço mínimo em centavos.' }) minPrice?: number | null;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Preço máximo em centavos.' }) maxPrice?: number | null;
  @Field(() => ID, { nullable: true, description: 'Conta vendedora.' }) sellerId?: string | null;
}

@InputType()
export class ProductImageInput {
  @Field() filename!: string;
  @Field({ description: 'Bytes da imagem em base64 (PNG, JPEG ou WEBP; até 700 KB).' }) contentBase64!: string;
}
