import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { PageArgs, requireAuth } from '@prumo/kit';
import type { IdentityContext } from '../context';
import { LeadConnection, LeadReceipt, SubmitLeadInput } from './lead.types';

@Resolver()
export class LeadResolver {
  @Mutation(() => LeadReceipt, { description: 'Público: formulário de contato da página inicial.' })
  async submitLead(@Arg('input', () => SubmitLeadInput) input: SubmitLeadInput, @Ctx() ctx: IdentityContext): Promise<LeadReceipt> {
    return ctx.services.leads.submit(input, ctx.ip);
  }

  @Authorized('staff')
  @Query(() => LeadConnection, { description: 'Equipe: contatos recebidos.' })
  async adminLeads(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: IdentityContext) {
    return ctx.services.leads.adminList(requireAuth(ctx).sub, page.first, page.after);
  }
}
