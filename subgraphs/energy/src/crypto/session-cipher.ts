import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM for portal session state at rest: base64 of version(1) | iv(12) | tag(16) | ciphertext.
 * The client id is bound as additional data, so a blob copied to another client does not decrypt.
 */
export class SessionCipher {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('session key must be 32 bytes');
  }

  encrypt(plain: string, aad: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(aad));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([Buffer.from([1]), iv, cipher.getAuthTag(), body]).toString('base64');
  }

  /** null when the blob was tampered with, belongs to another client, or the key changed. */
  decrypt(blob: string, aad: string): string | null {
    try {
      const raw = Buffer.from(blob, 'base64');
      if (raw[0] !== 1 || raw.length < 29) return null;
      const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(1, 13));
      decipher.setAAD(Buffer.from(aad));
      decipher.setAuthTag(raw.subarray(13, 29));
      return Buffer.concat([decipher.update(raw.subarray(29)), decipher.final()]).toString('utf8');
    } catch {
      return null;
    }
  }
}
