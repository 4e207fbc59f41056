import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import { parseId, requireAuth, RequireModule } from '@prumo/kit';
import type { EnergyContext } from '../context';
import { energyLoaders } from '../loaders';
import { ConsumerUnit } from '../units/unit.types';
import { CreateEnergyClientInput, EnergyClient, toEnergyClient } from './energy-client.types';

@Resolver(() => EnergyClient)
export class EnergyClientResolver {
  @Authorized()
  @UseMiddleware(RequireModule('energy'))
  @Query(() => [EnergyClient], { description: 'Titulares de energia da conta.' })
  async energyClients(@Ctx() ctx: EnergyContext): Promise<EnergyClient[]> {
    return (await ctx.services.clients.list(requireAuth(ctx).tid)).map(toEnergyClient);
  }

  @Authorized()
  @UseMiddleware(RequireModule('energy'))
  @Query(() => EnergyClient, { nullable: true })
  async energyClient(@Arg('id', () => ID) id: string, @Ctx() ctx: EnergyContext): Promise<EnergyClient | null> {
    return energyLoaders(ctx).client.load(parseId(id));
  }

  @Authorized()
  @UseMiddleware(RequireModule('energy'))
  @Mutation(() => EnergyClient, { description: 'Cadastra um titular (CPF/CNPJ validado e 4 últimos dígitos do celular).' })
  async createEnergyClient(@Arg('input', () => CreateEnergyClientInput) input: CreateEnergyClientInput, @Ctx() ctx: EnergyContext): Promise<EnergyClient> {
    return toEnergyClient(await ctx.services.clients.create(requireAuth(ctx), input));
  }

  @Authorized()
  @UseMiddleware(RequireModule('energy'))
  @Mutation(() => EnergyClient, { description: 'Passo 1 da conexão: o robô informa o CPF/CNPJ no portal, que envia um código por SMS ao titular (status AWAITING_SMS).' })
  async startPortalLogin(@Arg('clientId', () => ID) clientId: string, @Ctx() ctx: EnergyContext): Promise<EnergyClient> {
    return toEnergyClient(await ctx.services.clients.startLogin(requireAuth(ctx), parseId(clientId, 'clientId')));
  }

  @Authorized()
  @UseMiddleware(RequireModule('energy'))
  @Mutation(() => EnergyClient, { description: 'Passo 2: o código recebido por SMS. Conecta (CONNECTED) e coloca a sincronização na fila.' })
  async confirmPortalLogin(@Arg('clientId', () => ID) clientId: string, @Arg('code') code: string, @Ctx() ctx: EnergyContext): Promise<EnergyClient> {
    return toEnergyClient(await ctx.services.clients.confirmLogin(requireAuth(ctx), parseId(clientId, 'clientId'), code));
  }

  @Authorized()
  @UseMiddleware(RequireModule('energy'))
  @Mutation(() => EnergyClient, { description: 'Sincroniza unidades, geração distribuída e faturas (acompanhe por energySync).' })
  async syncEnergyClient(@Arg('clientId', () => ID) clientId: string, @Ctx() ctx: EnergyContext): Promise<EnergyClient> {
    return toEnergyClient(await ctx.services.clients.sync(requireAuth(ctx), parseId(clientId, 'clientId')));
  }

  @Authorized('admin')
  @UseMiddleware(RequireModule('energy'))
  @Mutation(() => Boolean, {
    description:
      'Remove um titular e tudo o que o robô trouxe dele (unidades, faturas, créditos, pedidos de rateio, sessão do portal e PDFs guardados) e libera as unidades no limite do plano. Só dono ou administrador. CONFLICT enquanto uma sincronização dele está em andamento (uma que só está na fila é cancelada). O portal da distribuidora não é alterado.',
  })
  async deleteEnergyClient(@Arg('id', () => ID) id: string, @Ctx() ctx: EnergyContext): Promise<boolean> {
    await ctx.services.clients.delete(requireAuth(ctx), parseId(id));
    return true;
  }

  @FieldResolver(() => [ConsumerUnit], { description: 'Unidades consumidoras (as faturas de cada uma carregam sob demanda).' })
  units(@Root() c: EnergyClient, @Ctx() ctx: EnergyContext) {
    return energyLoaders(ctx).unitsOfClient.load(c.id);
  }
}
