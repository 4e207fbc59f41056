import { DocumentEntity } from './documents/document.entity';

export const entities = [DocumentEntity];
