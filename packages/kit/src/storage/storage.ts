import { createHmac, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { GetObjectCommand, DeleteObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { notFound } from '../errors';

/** Where files live: a local folder by default, any S3-compatible store when S3_* is set. */
export interface StorageDriver {
  readonly kind: 'local' | 's3';
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  get(key: string): Promise<Buffer>;
  stream(key: string): Promise<Readable>;
  exists(key: string): Promise<boolean>;
  delete(key: string): Promise<void>;
  /** An expiring download URL (local: HMAC-signed, served by the owning subgraph under /files/). */
  signedUrl(key: string, opts: { ttlSeconds: number; filename?: string; contentType?: string }): Promise<string>;
}

const SAFE_KEY = /^[a-z0-9][a-z0-9/_.-]{0,300}$/i;
function checkKey(key: string): string {
  if (!SAFE_KEY.test(key) || key.includes('..')) throw new Error(`unsafe storage key ${key}`);
  return key;
}

export class LocalStorage implements StorageDriver {
  readonly kind = 'local' as const;
  constructor(
    private readonly root: string,
    private readonly publicUrl: string,
    private readonly secret: string,
  ) {}

  private path(key: string) {
    return join(resolve(this.root), checkKey(key));
  }
  async put(key: string, data: Buffer): Promise<void> {
    const p = this.path(key);
    await mkdir(dirname(p), { recursive: true });
    await writeFile(p, data);
  }
  async get(key: string): Promise<Buffer> {
    try {
      return await readFile(this.path(key));
    } catch {
      throw notFound('Arquivo não encontrado.');
    }
  }
  async stream(key: string): Promise<Readable> {
    if (!(await this.exists(key))) throw notFound('Arquivo não encontrado.');
    return createReadStream(this.path(key));
  }
  async exists(key: string): Promise<boolean> {
    return stat(this.path(key)).then(() => true, () => false);
  }
  async delete(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }
  private sign(key: string, exp: number, filename: string) {
    return createHmac('sha256', this.secret).update(`${key}\n${exp}\n${filename}`).digest('base64url');
  }
  async signedUrl(key: string, opts: { ttlSeconds: number; filename?: string }): Promise<string> {
    const exp = Math.floor(Date.now() / 1000) + opts.ttlSeconds;
    const filename = opts.filename ?? '';
    const q = new URLSearchParams({ exp: String(exp), sig: this.sign(checkKey(key), exp, filename), ...(filename ? { name: filename } : {}) });
    return `${this.publicUrl}/files/${key}?${q}`;
  }
  /** Checks a /files/<key>?exp&sig URL: true only for an unexpired signature of this key. */
  verify(key: string, exp: string | null, sig: string | null, filename: string | null): boolean {
    if (!exp || !sig || !/^\d+$/.test(exp) || Number(exp) < Date.now() / 1000) return false;
    const expected = Buffer.from(this.sign(key, Number(exp), filename ?? ''));
    const given = Buffer.from(sig);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }
}

export class S3Storage implements StorageDriver {
  readonly kind = 's3' as const;
  private readonly client: S3Client;
  constructor(
    private readonly bucket: string,
    opts: { region: string; endpoint?: string; accessKeyId?: string; secretAccessKey?: string; forcePathStyle?: boolean },
  ) {
    this.client = new S3Client({
      region: opts.region,
      endpoint: opts.endpoint || undefined,
      forcePathStyle: opts.forcePathStyle,
      credentials: opts.accessKeyId && opts.secretAccessKey ? { accessKeyId: opts.accessKeyId, secretAccessKey: opts.secretAccessKey } : undefined,
    });
  }
  async put(key: string, data: Buffer, contentType: string): Promise<void> {
    await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: checkKey(key), Body: data, ContentType: contentType }));
  }
  async get(key: string): Promise<Buffer> {
    const r = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: checkKey(key) })).catch(() => {
      throw notFound('Arquivo não encontrado.');
    });
    return Buffer.from(await r.Body!.transformToByteArray());
  }
  async stream(key: string): Promise<Readable> {
    const r = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: checkKey(key) }));
    return r.Body as Readable;
  }
  async exists(key: string): Promise<boolean> {
    return this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: checkKey(key), Range: 'bytes=0-0' })).then(() => true, () => false);
  }
  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: checkKey(key) }));
  }
  async signedUrl(key: string, opts: { ttlSeconds: number; filename?: string; contentType?: string }): Promise<string> {
    return getSignedUrl(
      this.client,
      new GetObjectCommand({
        Bucket: this.bucket,
        Key: checkKey(key),
        ResponseContentDisposition: opts.filename ? `inline; filename="${opts.filename.replace(/"/g, '')}"` : undefined,
        ResponseContentType: opts.contentType,
      }),
      { expiresIn: opts.ttlSeconds },
    );
  }
}

export interface StorageConfig {
  DATA_DIR: string;
  ROUTER_PUBLIC_URL: string;
  serviceTokenSecret: string;
  S3_BUCKET?: string;
  S3_REGION?: string;
  S3_ENDPOINT?: string;
  S3_ACCESS_KEY_ID?: string;
  S3_SECRET_ACCESS_KEY?: string;
  S3_FORCE_PATH_STYLE?: boolean;
}

export function createStorage(config: StorageConfig): StorageDriver {
  if (config.S3_BUCKET) {
    return new S3Storage(config.S3_BUCKET, {
      region: config.S3_REGION ?? 'us-east-1',
      endpoint: config.S3_ENDPOINT,
      accessKeyId: config.S3_ACCESS_KEY_ID,
      secretAccessKey: config.S3_SECRET_ACCESS_KEY,
      forcePathStyle: config.S3_FORCE_PATH_STYLE,
    });
  }
  const secret = createHmac('sha256', config.serviceTokenSecret).update('local-file-urls').digest('hex');
  return new LocalStorage(join(config.DATA_DIR, 'files'), config.ROUTER_PUBLIC_URL, secret);
}
