import { signAccessToken, type AccessClaims, type Role } from '@prumo/kit';
import type { AccountEntity } from '../accounts/account.entity';
import type { UserEntity } from '../users/user.entity';

export interface TokenIssuerSettings {
  privateKey: string;
  ttlSeconds: number;
  issuer: string;
  audience: string;
}

/** Builds access tokens from the current truth: membership role, plan and modules of the account. */
export class TokenIssuer {
  constructor(private readonly settings: TokenIssuerSettings) {}

  issue(user: UserEntity, account: AccountEntity, role: Role, sid: string, extra: Pick<AccessClaims, 'scopes' | 'akid'> = {}, ttlSeconds?: number) {
    return signAccessToken(
      {
        sub: user.id,
        tid: account.id,
        role,
        staff: user.staff,
        mods: account.status === 'active' ? account.modules : [],
        plan: account.planCode,
        sid,
        ...extra,
      },
      this.settings.privateKey,
      ttlSeconds ?? this.settings.ttlSeconds,
      { issuer: this.settings.issuer, audience: this.settings.audience },
    );
  }
}
