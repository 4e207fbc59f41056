import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { parseId, requireAuth } from '@prumo/kit';
import { toAuthPayload } from '../auth/auth.resolver';
import { AuthPayload } from '../auth/auth.types';
import { metaOf, type IdentityContext } from '../context';
import { userLoader } from '../users/user.reference';
import { RoleEnum, User } from '../users/user.types';
import { AcceptInvitationInput, ChangeMemberRoleInput, InviteMemberInput } from './member.inputs';
import { CreatedInvitation, Invitation, InvitationPreview, Member, toInvitation, toMember } from './member.types';

@Resolver(() => Member)
export class MemberResolver {
  @FieldResolver(() => User)
  async user(@Root() member: Member, @Ctx() ctx: IdentityContext): Promise<User> {
    const user = await userLoader(ctx).load(member.userId);
    if (!user) throw new Error(`member ${member.id} without visible user`);
    return user;
  }

  @Authorized('admin')
  @Mutation(() => CreatedInvitation, { description: 'Convida alguém por e-mail (donos e administradores).' })
  async inviteMember(@Arg('input', () => InviteMemberInput) input: InviteMemberInput, @Ctx() ctx: IdentityContext): Promise<CreatedInvitation> {
    const r = await ctx.services.members.invite(requireAuth(ctx), input, metaOf(ctx));
    return { invitation: toInvitation(r.invitation), acceptUrl: r.acceptUrl, token: r.token };
  }

  @Authorized('admin')
  @Mutation(() => Invitation)
  async revokeInvitation(@Arg('id', () => ID) id: string, @Ctx() ctx: IdentityContext): Promise<Invitation> {
    return toInvitation(await ctx.services.members.revokeInvitation(requireAuth(ctx), parseId(id), metaOf(ctx)));
  }

  @Query(() => InvitationPreview, { description: 'Público: detalhes de um convite pelo token.' })
  async invitation(@Arg('token', () => String) token: string, @Ctx() ctx: IdentityContext): Promise<InvitationPreview> {
    const r = await ctx.services.members.preview(token);
    return { accountName: r.accountName, email: r.invitation.email, role: r.invitation.role as RoleEnum, expiresAt: r.invitation.expiresAt, existingUser: r.existingUser };
  }

  @Mutation(() => AuthPayload, { description: 'Público: aceita um convite e entra na conta.' })
  async acceptInvitation(@Arg('input', () => AcceptInvitationInput) input: AcceptInvitationInput, @Ctx() ctx: IdentityContext): Promise<AuthPayload> {
    return toAuthPayload(await ctx.services.members.accept(input, metaOf(ctx)));
  }

  @Authorized('admin')
  @Mutation(() => Member)
  async changeMemberRole(@Arg('input', () => ChangeMemberRoleInput) input: ChangeMemberRoleInput, @Ctx() ctx: IdentityContext): Promise<Member> {
    return toMember(await ctx.services.members.changeRole(requireAuth(ctx), parseId(input.memberId, 'memberId'), input.role, metaOf(ctx)));
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Remove um membro (ou você mesmo). Nunca o último dono.' })
  async removeMember(@Arg('memberId', () => ID) memberId: string, @Ctx() ctx: IdentityContext): Promise<boolean> {
    return ctx.services.members.remove(requireAuth(ctx), parseId(memberId, 'memberId'), metaOf(ctx));
  }
}

@Resolver(() => Invitation)
export class InvitationResolver {
  @FieldResolver(() => User, { nullable: true })
  async invitedBy(@Root() inv: Invitation, @Ctx() ctx: IdentityContext): Promise<User | null> {
    return inv.invitedBy ? userLoader(ctx).load(inv.invitedBy) : null;
  }
}
