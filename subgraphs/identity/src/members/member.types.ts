import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Account } from '../accounts/account.types';
import { RoleEnum, User } from '../users/user.types';
import type { InvitationEntity } from './invitation.entity';
import type { MembershipEntity } from './membership.entity';

export enum InvitationStatusEnum {
  PENDING = 'pending',
  ACCEPTED = 'accepted',
  REVOKED = 'revoked',
  EXPIRED = 'expired',
}
registerEnumType(InvitationStatusEnum, { name: 'InvitationStatus' });

@ObjectType({ description: 'Participação de um usuário numa conta.' })
export class Member {
  @Field(() => ID) id!: string;
  @Field(() => RoleEnum) role!: RoleEnum;
  @Field() joinedAt!: Date;
  userId!: string;
}

export const toMember = (m: MembershipEntity): Member => ({ id: m.id, role: m.role as RoleEnum, joinedAt: m.createdAt, userId: m.userId });

@ObjectType({ description: 'Uma conta da qual o usuário participa (troca de conta).' })
export class Membership {
  @Field(() => Account) account!: Account;
  @Field(() => RoleEnum) role!: RoleEnum;
}

@ObjectType()
export class Invitation {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field(() => RoleEnum) role!: RoleEnum;
  @Field(() => InvitationStatusEnum) status!: InvitationStatusEnum;
  @Field() expiresAt!: Date;
  @Field() createdAt!: Date;
  invitedBy!: string | null;
}

export function toInvitation(e: InvitationEntity, now = new Date()): Invitation {
  const status = e.status === 'pending' && e.expiresAt <= now ? InvitationStatusEnum.EXPIRED : (e.status as InvitationStatusEnum);
  return { id: e.id, email: e.email, role: e.role as RoleEnum, status, expiresAt: e.expiresAt, createdAt: e.createdAt, invitedBy: e.invitedBy };
}

@ObjectType({ description: 'Convite criado: o link de aceite aparece só agora.' })
export class CreatedInvitation {
  @Field(() => Invitation) invitation!: Invitation;
  @Field({ description: 'Link para o convidado aceitar (contém o token; exibido uma única vez).' }) acceptUrl!: string;
  @Field({ description: 'Token do convite (exibido uma única vez).' }) token!: string;
}

@ObjectType({ description: 'O que o convidado vê antes de aceitar.' })
export class InvitationPreview {
  @Field() accountName!: string;
  @Field() email!: string;
  @Field(() => RoleEnum) role!: RoleEnum;
  @Field() expiresAt!: Date;
  @Field({ description: 'Já existe usuário com este e-mail (aceitar pede a senha dele).' }) existingUser!: boolean;
}
