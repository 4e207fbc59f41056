import { MarketplaceInitial1730500000000 } from './1730500000000-marketplace-initial';
import { MarketplaceInquiryAnswers1733200000000 } from './1733200000000-marketplace-inquiry-answers';
import { MarketplaceReferenceEdits1733600000000 } from './1733600000000-marketplace-reference-edits';

/** Ordered; a landed migration is never edited. */
export const migrations = [MarketplaceInitial1730500000000, MarketplaceInquiryAnswers1733200000000, MarketplaceReferenceEdits1733600000000];
