import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_POLICY } from '../../lib/policy/defaults';
import { PolicyValidationError } from '../../lib/policy/issues';
import { loadPolicy } from '../../lib/policy/load';
import type { ResolvedPolicy } from '../../lib/policy/types';
import { AuditHasher } from '../../lambda/router/audit/hmac';
import { createPowertoolsAuditSink } from '../../lambda/router/audit/sink';
import { createBedrockBackend } from '../../lambda/router/backends/bedrock/client';
import { createOpenAiCompatibleBackend } from '../../lambda/router/backends/openai/client';
import type { Backend } from '../../lambda/router/backends/types';
import { createGateway } from '../../lambda/router/gateway';
import { startLocalServer } from '../../lambda/router/local-server';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, write, type CliIo, type Command } from './command';

const HELP = `usage: hybrid-ai serve --private-url <url> [--cloud-url <url> | --cloud bedrock] [options]

Runs the gateway (the same core as the Lambda) as a local OpenAI-compatible server.

  --port <n>                 port to listen on (default 8080)
  --host <addr>              interface to listen on (default 127.0.0.1)
  --policy <file>            routing-policy JSON (default: the built-in default policy)
  --private-url <url>        OpenAI-compatible private backend, e.g. http://127.0.0.1:8000/v1
  --private-api-key-env <V>  read the private backend's API key from environment variable V
  --cloud-url <url>          OpenAI-compatible cloud backend
  --cloud-name <name>        backend name the policy uses for --cloud-url (default openai)
  --cloud-api-key-env <V>    read the cloud backend's API key from environment variable V
  --cloud bedrock            Amazon Bedrock (AWS credentials from the usual chain)
  --region <region>          Bedrock region (default: AWS_REGION)
  --environment <name>       deployment environment given to the policy (default local)
  --audit-log <file>         append audit records (JSON lines) to a file instead of stdout
  --audit-hmac-key-env <V>   HMAC key for principals and prompt hashes (default: random per run)

API keys are read from environment variables so they never show in the process list.
Stop with Ctrl-C.
`;

export const command: Command = {
  async run(args: readonly string[], io: CliIo): Promise<number> {
    let values;
    try {
      values = parseArgs({
        args: [...args],
        options: {
          help: { type: 'boolean', short: 'h' },
          port: { type: 'string', default: '8080' },
          host: { type: 'string', default: '127.0.0.1' },
          policy: { type: 'string' },
          'private-url': { type: 'string' },
          'private-api-key-env': { type: 'string' },
          'cloud-url': { type: 'string' },
          'cloud-name': { type: 'string', default: 'openai' },
          'cloud-api-key-env': { type: 'string' },
          cloud: { type: 'string' },
          region: { type: 'string' },
          environment: { type: 'string', default: 'local' },
          'audit-log': { type: 'string' },
          'audit-hmac-key-env': { type: 'string' },
        },
      }).values;
    } catch (error) {
      return usage(io, error instanceof Error ? error.message : String(error));
    }
    if (values.help) {
      await write(io.stdout, HELP);
      return EXIT_OK;
    }
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      return usage(io, `--port must be 0-65535, got "${values.port}"`);
    if (!values['private-url'])
      return usage(io, '--private-url is required: sensitive requests need a private backend');
    if (values['cloud-url'] && values.cloud)
      return usage(io, 'give --cloud-url or --cloud bedrock, not both');
    if (values.cloud !== undefined && values.cloud !== 'bedrock')
      return usage(io, `--cloud accepts only "bedrock", got "${values.cloud}"`);

    let policy: ResolvedPolicy = DEFAULT_POLICY;
    if (values.policy) {
      try {
        policy = loadPolicy(values.policy);
      } catch (error) {
        if (!(error instanceof PolicyValidationError)) throw error;
        await write(io.stderr, `${error.message}\n`);
        return EXIT_PROBLEMS;
      }
    }
    const envValue = (name: string | undefined) => (name ? process.env[name] : undefined);
    const backends: Backend[] = [
      createOpenAiCompatibleBackend({
        name: 'private',
        placement: 'private',
        baseUrl: values['private-url'],
        apiKey: envValue(values['private-api-key-env']),
      }),
    ];
    if (values['cloud-url']) {
      backends.push(
        createOpenAiCompatibleBackend({
          name: values['cloud-name'] ?? 'openai',
          placement: 'cloud',
          baseUrl: values['cloud-url'],
          apiKey: envValue(values['cloud-api-key-env']),
        }),
      );
    }
    if (values.cloud === 'bedrock') backends.push(createBedrockBackend({ region: values.region }));

    const auditFile = values['audit-log']
      ? createWriteStream(values['audit-log'], { flags: 'a' })
      : undefined;
    const out = auditFile ?? io.stdout;
    const { sink, ops } = createPowertoolsAuditSink({
      writeLine: (line) => out.write(line + '\n'),
      emitMetrics: false,
    });
    const hmacKey = envValue(values['audit-hmac-key-env']);
    const gateway = createGateway({
      backends,
      policy: { current: () => policy },
      audit: sink,
      ops,
      hasher: hmacKey ? new AuditHasher(Buffer.from(hmacKey, 'utf8')) : AuditHasher.ephemeral(),
      environment: values.environment,
      requireIdentity: false,
      deferAuditWrites: true,
    });
    await gateway.warmUp();
    const server = await startLocalServer({ gateway, port, host: values.host });
    await write(
      io.stderr,
      `hybrid-ai gateway on ${server.url} (policy ${policy.version}; backends ${backends.map((b) => `${b.name}/${b.placement}`).join(', ')})\n`,
    );
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await server.close();
    await new Promise<void>((resolve) => (auditFile ? auditFile.end(resolve) : resolve()));
    return EXIT_OK;
  },
};

async function usage(io: CliIo, message: string): Promise<number> {
  await write(io.stderr, `hybrid-ai serve: ${message}\n\nrun "hybrid-ai serve --help" for the options\n`);
  return EXIT_USAGE;
}
