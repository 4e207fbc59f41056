// Running the system tools (poppler-utils, tesseract): always execFile with an argument array (never a
// shell string), a timeout that kills the process, a bounded output buffer and a private temp folder
// under os.tmpdir() that is removed afterwards.

import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ToolFailure {
  /** The binary is not installed (ENOENT): an infrastructure problem, not the document's. */
  readonly missing: boolean;
  /** Killed by the timeout. */
  readonly timedOut: boolean;
  /** Exit code when the tool ran and failed. */
  readonly exitCode: number | null;
  readonly stderr: string;
}

export class ToolError extends Error implements ToolFailure {
  constructor(
    readonly tool: string,
    readonly missing: boolean,
    readonly timedOut: boolean,
    readonly exitCode: number | null,
    readonly stderr: string,
  ) {
    super(
      missing
        ? `${tool} não está instalado (instale poppler-utils e tesseract-ocr-por).`
        : timedOut
          ? `${tool} excedeu o tempo limite.`
          : `${tool} falhou (código ${exitCode ?? '?'}): ${stderr.slice(0, 300)}`,
    );
    this.name = 'ToolError';
  }
}

export interface RunOptions {
  timeoutMs: number;
  maxBuffer?: number;
  /** Extra environment variables (added to the process environment). */
  env?: Readonly<Record<string, string>>;
}

export function runTool(tool: string, args: readonly string[], opts: RunOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      tool,
      args,
      {
        encoding: 'utf8',
        timeout: opts.timeoutMs,
        killSignal: 'SIGKILL',
        maxBuffer: opts.maxBuffer ?? 32 * 1024 * 1024,
        windowsHide: true,
        env: { ...process.env, LC_ALL: 'C.UTF-8', ...opts.env },
      },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        const e = error as NodeJS.ErrnoException & { killed?: boolean; signal?: string | null; code?: unknown };
        const missing = e.code === 'ENOENT';
        const timedOut = !missing && (e.killed === true || e.signal === 'SIGKILL');
        const exitCode = typeof e.code === 'number' ? e.code : null;
        reject(new ToolError(tool, missing, timedOut, exitCode, String(stderr ?? '')));
      },
    );
  });
}

/** Runs `fn` with a fresh private folder (mode 0700) that is always removed afterwards. */
export async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'prumo-extract-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}
