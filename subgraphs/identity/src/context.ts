import type { RequestContext } from '@prumo/kit';
import type { AccountService } from './accounts/account.service';
import type { ApiKeyService } from './api-keys/api-key.service';
import type { AuditService } from './audit/audit.service';
import type { AuthService, RequestMeta } from './auth/auth.service';
import type { LeadService } from './leads/lead.service';
import type { MemberService } from './members/member.service';
import type { NotificationService } from './notifications/notification.service';
import type { UserService } from './users/user.service';

export interface IdentityServices {
  auth: AuthService;
  accounts: AccountService;
  members: MemberService;
  apiKeys: ApiKeyService;
  audit: AuditService;
  leads: LeadService;
  users: UserService;
  notifications: NotificationService;
}

export interface IdentityContext extends RequestContext {
  services: IdentityServices;
}

export const metaOf = (ctx: RequestContext): RequestMeta => ({ ip: ctx.ip, userAgent: ctx.userAgent });
