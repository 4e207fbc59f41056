/** Roles inside an account, strongest first. */
export const ROLES = ['owner', 'admin', 'member'] as const;
export type Role = (typeof ROLES)[number];

/** The access token's claims (DESIGN.md §3 Auth). */
export interface AccessClaims {
  sub: string; // user id
  tid: string; // account (tenant) id
  role: Role;
  staff: boolean;
  mods: string[]; // modules enabled for the account
  plan: string; // plan code
  sid: string; // session id (or api key id for API-key tokens)
  /** Present on tokens exchanged for an API key: what the key may do. */
  scopes?: string[];
  akid?: string;
  exp: number;
  iat: number;
}

/** Claims of a short-lived service-to-service token. */
export interface ServiceClaims {
  svc: string; // calling service
  tid?: string; // tenant the call acts for, when it acts for one
  sub?: string;
  exp: number;
}

export function roleAtLeast(actual: Role, required: Role): boolean {
  return ROLES.indexOf(actual) <= ROLES.indexOf(required);
}
