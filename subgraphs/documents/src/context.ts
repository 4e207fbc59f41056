import type { RequestContext } from '@prumo/kit';
import type { DocumentService } from './documents/document.service';

export interface DocumentsServices {
  documents: DocumentService;
}

export interface DocumentsContext extends RequestContext {
  services: DocumentsServices;
}
