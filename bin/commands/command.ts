/** The streams a command reads and writes: the process's own, or in-memory ones in tests. */
export interface CliIo {
  readonly stdin: NodeJS.ReadableStream & { readonly isTTY?: boolean };
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
}

/**
 * One `hybrid-ai <name>` sub-command. `run` returns the exit status: 0 success, 1 the work found
 * problems (invalid policy, bad input lines), 2 a usage error.
 */
export interface Command {
  run(args: readonly string[], io: CliIo): Promise<number>;
}

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

/** Write and wait for the stream to take it, so large outputs do not pile up in memory. */
export async function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.write(text)) await new Promise<void>((resolve) => stream.once('drain', resolve));
}
