import { AccountEntity } from './accounts/account.entity';
import { ApiKeyEntity } from './api-keys/api-key.entity';
import { AuditEventEntity } from './audit/audit-event.entity';
import { LeadEntity } from './leads/lead.entity';
import { InvitationEntity } from './members/invitation.entity';
import { MembershipEntity } from './members/membership.entity';
import { NotificationDeliveryEntity, NotificationEntity } from './notifications/notification.entity';
import { RefreshTokenEntity, SessionEntity } from './sessions/session.entity';
import { UserEntity } from './users/user.entity';

export const entities = [UserEntity, AccountEntity, MembershipEntity, InvitationEntity, ApiKeyEntity, AuditEventEntity, SessionEntity, RefreshTokenEntity, LeadEntity, NotificationEntity, NotificationDeliveryEntity];
