import { EXIT_USAGE, write, type CliIo, type Command } from './commands/command';

/**
 * `hybrid-ai`: one entry per sub-command, loaded only when used (so `classify` never loads the
 * gateway's server code). Add a command with one line here and one file in bin/commands/.
 */
const COMMANDS: Readonly<
  Record<string, { readonly summary: string; load(): Promise<{ command: Command }> }>
> = {
  classify: {
    summary: 'classify text or JSON lines and print the routing decision',
    load: () => import('./commands/classify'),
  },
  policy: {
    summary: 'validate a routing-policy file, or print its JSON schema',
    load: () => import('./commands/policy'),
  },
  serve: {
    summary: 'run the gateway as a local OpenAI-compatible server',
    load: () => import('./commands/serve'),
  },
};

const USAGE = `usage: hybrid-ai <command> [options]

commands:
${Object.entries(COMMANDS)
  .map(([name, { summary }]) => `  ${name.padEnd(10)} ${summary}`)
  .join('\n')}

run "hybrid-ai <command> --help" for the options of a command.
`;

/** Run the CLI with `argv` (without node and script); resolves to the exit status. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    await write(name === undefined ? io.stderr : io.stdout, USAGE);
    return name === undefined ? EXIT_USAGE : 0;
  }
  const entry = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!entry) {
    await write(io.stderr, `hybrid-ai: unknown command "${name}"\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  const { command } = await entry.load();
  return command.run(rest, io);
}

function processIo(): CliIo {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
}

/** Entry point for the launcher and for `node --import tsx bin/cli.ts`. */
export function runAsProcess(argv: readonly string[] = process.argv.slice(2)): void {
  // A reader that stops early (`| head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  main(argv).then(
    (status) => {
      process.exitCode = status;
    },
    (error: unknown) => {
      process.stderr.write(`hybrid-ai: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}

if (require.main === module) runAsProcess();
