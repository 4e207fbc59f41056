import { FiscalProfileEntity } from './profile/fiscal-profile.entity';

export const entities = [FiscalProfileEntity];
