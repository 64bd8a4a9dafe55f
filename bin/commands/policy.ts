import { parseArgs } from 'node:util';
import { PolicyValidationError } from '../../lib/policy/issues';
import { loadPolicy } from '../../lib/policy/load';
import { ROUTING_POLICY_SCHEMA } from '../../lib/policy/schema';
import type { ResolvedPolicy } from '../../lib/policy/types';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, write, type CliIo, type Command } from './command';

const HELP = `usage: hybrid-ai policy validate <policy.json>
       hybrid-ai policy schema

  validate   check a routing-policy file against the schema and the semantic rules; prints a
             summary when it is valid, otherwise every problem (path, bad value, fix)
  schema     print the routing-policy JSON schema (for editors and CI checks)

exit status: 0 valid, 1 invalid, 2 usage error
`;

export const command: Command = {
  async run(args: readonly string[], io: CliIo): Promise<number> {
    let parsed;
    try {
      parsed = parseArgs({
        args: [...args],
        allowPositionals: true,
        options: { help: { type: 'boolean', short: 'h' } },
      });
    } catch (error) {
      return usageError(io, error instanceof Error ? error.message : String(error));
    }
    const [action, ...files] = parsed.positionals;
    if (parsed.values.help) {
      await write(io.stdout, HELP);
      return EXIT_OK;
    }
    if (action === 'schema' && files.length === 0) {
      await write(io.stdout, JSON.stringify(ROUTING_POLICY_SCHEMA, null, 2) + '\n');
      return EXIT_OK;
    }
    if (action !== 'validate' || files.length !== 1) {
      return usageError(
        io,
        action === 'validate' ? 'give exactly one policy file' : 'use "validate <file>" or "schema"',
      );
    }
    const file = files[0];
    try {
      const policy = loadPolicy(file);
      await write(io.stdout, `ok: ${file} is a valid routing policy\n${summary(policy)}`);
      return EXIT_OK;
    } catch (error) {
      if (!(error instanceof PolicyValidationError)) throw error;
      await write(io.stderr, `${error.message}\n`);
      return EXIT_PROBLEMS;
    }
  },
};

/** What the policy does, in a few lines, so a reviewer sees the effect of the file at a glance. */
function summary(policy: ResolvedPolicy): string {
  const actionCounts = new Map<string, number>();
  for (const action of Object.values(policy.categories))
    actionCounts.set(action, (actionCounts.get(action) ?? 0) + 1);
  const notPrivate = Object.entries(policy.categories)
    .filter(([, action]) => action !== 'private')
    .map(([id, action]) => `${id}=${action}`);
  const table = (record: Readonly<Record<string, string>>) =>
    Object.entries(record)
      .map(([name, route]) => `${name}=${route}`)
      .join(', ') || 'none';
  const rows: [string, string][] = [
    ['version', policy.version],
    [
      'categories',
      [...actionCounts].map(([action, n]) => `${n} ${action}`).join(', ') +
        (notPrivate.length > 0 ? ` (${notPrivate.join(', ')})` : ''),
    ],
    ['departments', table(policy.departments)],
    ['use cases', table(policy.useCases)],
    ['environments', table(policy.environments)],
    ['non-sensitive', policy.nonSensitiveStrategy],
    ['attachments', policy.attachments],
    [
      'topics',
      policy.topics.enabled
        ? `enabled, thresholds ${Object.entries(policy.topics.thresholds)
            .map(([id, t]) => `${id}=${t}`)
            .join(', ')}`
        : 'disabled',
    ],
    ['custom', `${policy.customPatterns.length} patterns, ${policy.dictionaries.length} dictionaries`],
    ['model aliases', Object.keys(policy.modelAliases).join(', ')],
    ['time budget', `${policy.classification.timeBudgetMs} ms`],
  ];
  return rows.map(([label, value]) => `  ${label.padEnd(14)} ${value}\n`).join('');
}

async function usageError(io: CliIo, message: string): Promise<number> {
  await write(io.stderr, `hybrid-ai policy: ${message}\nrun "hybrid-ai policy --help" for usage\n`);
  return EXIT_USAGE;
}
