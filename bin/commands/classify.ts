import { parseArgs } from 'node:util';
import { DEFAULT_POLICY } from '../../lib/policy/defaults';
import { PolicyValidationError } from '../../lib/policy/issues';
import { loadPolicy } from '../../lib/policy/load';
import type { Decision, RequestContext, ResolvedPolicy } from '../../lib/policy/types';
import { classifyRequest, type DecisionTimings } from '../../lambda/router/policy-engine/classify-request';
import { warmUpClassifier } from '../../lambda/router/policy-engine/warm-up';
import { classifyJsonl, parseContext } from './classify-jsonl';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, write, type CliIo, type Command } from './command';

const HELP = `usage: hybrid-ai classify [options] <text...>
       hybrid-ai classify [options] < prompt.txt
       hybrid-ai classify --jsonl [options] < requests.jsonl

Classifies a prompt by data sensitivity and prints the routing decision: route, whether it is
sensitive, the categories found (with counts) and the policy rules that decided. Detected values
are never printed.

options:
  --policy <file|json>  routing-policy JSON file or inline JSON (default: the built-in policy)
  --context <json>      who is asking, e.g. '{"department":"legal","useCase":"support","environment":"prod"}'
  --time-budget-ms <n>  classification time budget per request, 1 to 60000 (default: the policy's);
                        raise it for batch runs on a busy machine, where an overrun reads as
                        classifier.timeout (routed private)
  --json                print the decision as one JSON object
  --jsonl               read JSON lines {"id", "text" | "messages", "context"?} on stdin and write one
                        line per input, in order: {"id", "route", "sensitive", "categories", "reasons"};
                        a bad line gets {"id", "line", "error"} and the exit status is 1
  -h, --help            show this help

exit status: 0 done, 1 some input lines were bad or the policy is invalid, 2 usage error
`;

export const command: Command = {
  async run(args: readonly string[], io: CliIo): Promise<number> {
    let parsed;
    try {
      parsed = parseArgs({
        args: [...args],
        allowPositionals: true,
        options: {
          policy: { type: 'string' },
          context: { type: 'string' },
          'time-budget-ms': { type: 'string' },
          json: { type: 'boolean' },
          jsonl: { type: 'boolean' },
          help: { type: 'boolean', short: 'h' },
        },
      });
    } catch (error) {
      return usageError(io, error instanceof Error ? error.message : String(error));
    }
    const { values, positionals } = parsed;
    if (values.help) {
      await write(io.stdout, HELP);
      return EXIT_OK;
    }
    if (values.jsonl && (positionals.length > 0 || values.json)) {
      return usageError(io, '--jsonl reads stdin; give no text and no --json');
    }

    let context: RequestContext = {};
    if (values.context !== undefined) {
      let json: unknown;
      try {
        json = JSON.parse(values.context);
      } catch {
        return usageError(io, '--context must be JSON, e.g. \'{"department":"legal"}\'');
      }
      const parsedContext = parseContext(json, '--context');
      if (typeof parsedContext === 'string') return usageError(io, parsedContext);
      context = parsedContext;
    }

    let policy: ResolvedPolicy = DEFAULT_POLICY;
    if (values.policy !== undefined) {
      try {
        policy = loadPolicy(values.policy);
      } catch (error) {
        if (!(error instanceof PolicyValidationError)) throw error;
        await write(io.stderr, `hybrid-ai classify: ${error.message}\n`);
        return EXIT_PROBLEMS;
      }
    }

    const budget = values['time-budget-ms'];
    if (budget !== undefined) {
      const ms = Number(budget);
      if (!/^\d{1,5}(\.\d{1,3})?$/.test(budget) || ms < 1 || ms > 60_000) {
        return usageError(io, '--time-budget-ms must be a number of milliseconds from 1 to 60000');
      }
      policy = { ...policy, classification: { timeBudgetMs: ms } };
    }

    // A fresh process would otherwise spend the first request's time budget on one-time set-up.
    warmUpClassifier(policy);
    if (values.jsonl) return classifyJsonl(io, policy, context);

    let text: string;
    if (positionals.length > 0) text = positionals.join(' ');
    else if (io.stdin.isTTY) return usageError(io, 'give the text to classify, or pipe it on stdin');
    else text = await readAll(io.stdin);

    const { decision, timings } = classifyRequest(text, context, policy);
    await write(
      io.stdout,
      values.json ? JSON.stringify({ ...decision, timings }) + '\n' : forPeople(decision, timings),
    );
    return EXIT_OK;
  },
};

function forPeople(decision: Decision, timings: DecisionTimings): string {
  const categories = decision.categories.map((c) => `${c.id} (${c.count})`).join(', ') || 'none';
  const rows: [string, string][] = [
    ['route', decision.route],
    ['sensitive', decision.sensitive ? 'yes' : 'no'],
    ['categories', categories],
    ['reasons', decision.reasons.join(', ')],
  ];
  if (decision.redact.length > 0) rows.push(['redact', decision.redact.join(', ')]);
  rows.push(['policy', decision.policyVersion], ['time', `${timings.totalUs} µs`]);
  return rows.map(([label, value]) => `${label.padEnd(11)} ${value}\n`).join('');
}

async function usageError(io: CliIo, message: string): Promise<number> {
  await write(io.stderr, `hybrid-ai classify: ${message}\nrun "hybrid-ai classify --help" for usage\n`);
  return EXIT_USAGE;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}
