import { MarketplaceInitial1730500000000 } from './1730500000000-marketplace-initial';
import { MarketplaceInquiryAnswers1733200000000 } from './1733200000000-marketplace-inquiry-answers';

/** Ordered; a landed migration is never edited. */
export const migrations = [MarketplaceInitial1730500000000, MarketplaceInquiryAnswers1733200000000];
