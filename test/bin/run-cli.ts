import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { main } from '../../bin/cli';

export const REPO_ROOT = resolve(__dirname, '../..');

export interface CliRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run the CLI in-process with in-memory streams. `stdin: 'tty'` simulates an interactive terminal. */
export async function runCli(args: string[], stdin: string | 'tty' = ''): Promise<CliRun> {
  const input = stdin === 'tty' ? Object.assign(Readable.from([]), { isTTY: true }) : Readable.from([stdin]);
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const status = await main(args, { stdin: input, stdout, stderr });
  return { status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

/** Run the CLI as a real process from its TypeScript source (through tsx). */
export function spawnCli(args: string[], stdin = ''): CliRun {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'bin/cli.ts', ...args], {
    cwd: REPO_ROOT,
    input: stdin,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Parse JSON-lines output. */
export function jsonLines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
