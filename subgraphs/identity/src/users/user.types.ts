import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { formatCpf } from '@prumo/br';
import type { Role } from '@prumo/kit';
import type { UserEntity } from './user.entity';

export enum RoleEnum {
  OWNER = 'owner',
  ADMIN = 'admin',
  MEMBER = 'member',
}
registerEnumType(RoleEnum, { name: 'Role', description: 'Papel de um usuário numa conta.' });

export const toRoleEnum = (r: Role): RoleEnum => r as RoleEnum;

@ObjectType({ description: 'Uma pessoa. Pode participar de várias contas.' })
@Directive('@key(fields: "id")')
export class User {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() email!: string;
  @Field(() => String, { nullable: true, description: 'CPF formatado.' }) cpf!: string | null;
  @Field(() => String, { nullable: true }) whatsapp!: string | null;
  @Field({ description: 'Equipe da plataforma.' }) staff!: boolean;
  @Field() createdAt!: Date;
}

export function toUser(e: UserEntity): User {
  return {
    id: e.id,
    name: e.name,
    email: e.email,
    cpf: e.cpf ? formatCpf(e.cpf) : null,
    whatsapp: e.whatsapp,
    staff: e.staff,
    createdAt: e.createdAt,
  };
}
