import { DocumentsInitial1730300000000 } from './1730300000000-documents-initial';
import { DocumentsCursorTimestamps1731700000000 } from './1731700000000-documents-cursor-timestamps';
import { DocumentsAnnounceExtracted1732200000000 } from './1732200000000-documents-announce-extracted';
import { DocumentsRevenueSources1732300000000 } from './1732300000000-documents-revenue-sources';

/** Ordered; a landed migration is never edited. */
export const migrations = [DocumentsInitial1730300000000, DocumentsCursorTimestamps1731700000000, DocumentsAnnounceExtracted1732200000000, DocumentsRevenueSources1732300000000];
