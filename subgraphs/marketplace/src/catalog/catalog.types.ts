import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Categoria do marketplace (árvore de dois níveis, mantida pela equipe).' })
export class Category {
  @Field(() => ID) id!: string;
  @Field() slug!: string;
  @Field() name!: string;
  @Field(() => ID, { nullable: true }) parentId!: string | null;
  @Field(() => Int) position!: number;
}

@ObjectType({ description: 'Marca (mantida pela equipe).' })
export class Brand {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

export const toCategory = (r: any): Category => ({ id: r.id, slug: r.slug, name: r.name, parentId: r.parent_id, position: r.position });
export const toBrand = (r: any): Brand => ({ id: r.id, name: r.name });
