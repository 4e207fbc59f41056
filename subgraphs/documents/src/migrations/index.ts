import { DocumentsInitial1730300000000 } from './1730300000000-documents-initial';

/** Ordered; a landed migration is never edited. */
export const migrations = [DocumentsInitial1730300000000];
