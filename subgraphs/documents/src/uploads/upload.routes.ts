import { BodyTooLargeError, readRawBody, sendError, sendJson, signedFileRoute, type Route, type StorageDriver } from '@prumo/kit';
import type { DocumentService } from '../documents/document.service';
import { sniffFileType } from '../extraction';
import { MAX_UPLOAD_BYTES } from '../documents/document.service';

/** PUT /uploads/<documentId>?token=... (one-time URL) and GET /files/documents/... (signed, expiring). */
export function uploadRoutes(documents: DocumentService, storage: StorageDriver): Route[] {
  return [
    {
      method: 'PUT',
      path: '/uploads/*',
      handler: async (req, res, url) => {
        try {
          const id = url.pathname.split('/')[2] ?? '';
          const token = url.searchParams.get('token') ?? '';
          if (!/^[0-9a-f-]{36}$/i.test(id) || !token) return sendJson(res, 404, { error: { code: 'NOT_FOUND', message: 'Link de envio inválido.' } });
          let bytes: Buffer;
          try {
            bytes = await readRawBody(req, MAX_UPLOAD_BYTES);
          } catch (err) {
            if (err instanceof BodyTooLargeError) {
              req.resume();
              return sendJson(res, 413, { error: { code: 'BAD_USER_INPUT', message: 'Arquivo grande demais: o máximo é 20 MB.' } });
            }
            throw err;
          }
          await documents.receiveUpload(id, token, bytes);
          sendJson(res, 200, { received: true, size: bytes.length });
        } catch (err) {
          sendError(res, err);
        }
      },
    },
    signedFileRoute(storage, {
      area: 'documents',
      contentType: (bytes) =>
        ({ XML: 'application/xml', PDF: 'application/pdf', PNG: 'image/png', JPEG: 'image/jpeg', TIFF: 'image/tiff', WEBP: 'image/webp' })[sniffFileType(bytes) ?? ('X' as 'XML')] ??
        'application/octet-stream',
      defaultName: () => 'documento',
    }),
  ];
}
