/** Time source of billing's rules (period rollover, grace periods); tests replace `now`. */
export interface Clock {
  now(): Date;
}
export const systemClock = (): Clock => ({ now: () => new Date() });
