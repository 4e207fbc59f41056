import { ConnectionType } from '@prumo/kit';
import { Account } from './account.types';

export const AccountConnection = ConnectionType(Account, 'Account');
