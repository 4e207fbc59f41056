import { Field, ObjectType } from 'type-graphql';
import { Account } from '../accounts/account.types';
import { User } from '../users/user.types';

@ObjectType({ description: 'Resultado de entrar, cadastrar, renovar ou trocar de conta.' })
export class AuthPayload {
  @Field({ description: 'JWT de acesso (15 min). Envie como Authorization: Bearer.' }) accessToken!: string;
  @Field({ description: 'Token opaco de renovação (30 dias, trocado a cada uso).' }) refreshToken!: string;
  @Field({ description: 'Quando o token de acesso expira.' }) expiresAt!: Date;
  @Field(() => User) user!: User;
  @Field(() => Account) account!: Account;
}
