import { Authorized, Query, Resolver, UseMiddleware } from 'type-graphql';
import { RequireModule } from '@prumo/kit';
import { BANKS } from './banks.data';
import { Bank } from './bank.types';

@Resolver(() => Bank)
export class BankResolver {
  @Authorized()
  @UseMiddleware(RequireModule('finance'))
  @Query(() => [Bank], { description: 'Bancos pelo código COMPE (lista fornecida com o sistema).' })
  banks(): Bank[] {
    return BANKS.map((b) => ({ ...b }));
  }
}
