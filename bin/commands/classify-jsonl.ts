import { createInterface } from 'node:readline';
import type { RequestContext, ResolvedPolicy } from '../../lib/policy/types';
import { classifyRequest } from '../../lambda/router/policy-engine/classify-request';
import { EXIT_OK, EXIT_PROBLEMS, write, type CliIo } from './command';

/** Lines written per `write` call: few enough to stream, many enough to keep syscalls rare. */
const BATCH_LINES = 256;

/**
 * `classify --jsonl`: one result line per input line, in order. A bad line gets an error line
 * `{"id", "line", "error"}` and makes the exit status 1; it never stops the run. Blank lines are
 * not records and are skipped. Error texts name the problem, never the line's content.
 */
export async function classifyJsonl(
  io: CliIo,
  policy: ResolvedPolicy,
  baseContext: RequestContext,
): Promise<number> {
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  let lineNumber = 0;
  let records = 0;
  let bad = 0;
  let batch: string[] = [];
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    records++;
    const result = classifyLine(line, lineNumber, policy, baseContext);
    if ('error' in result) bad++;
    batch.push(JSON.stringify(result));
    if (batch.length >= BATCH_LINES) {
      await write(io.stdout, batch.join('\n') + '\n');
      batch = [];
    }
  }
  if (batch.length > 0) await write(io.stdout, batch.join('\n') + '\n');
  if (bad > 0)
    await write(io.stderr, `hybrid-ai classify: ${bad} of ${records} lines could not be classified\n`);
  return bad > 0 ? EXIT_PROBLEMS : EXIT_OK;
}

type Id = string | number;
export type LineResult =
  | { id: Id; route: string; sensitive: boolean; categories: string[]; reasons: readonly string[] }
  | { id: Id | null; line: number; error: string };

/** Classify one input line, or describe what is wrong with it. */
export function classifyLine(
  line: string,
  lineNumber: number,
  policy: ResolvedPolicy,
  baseContext: RequestContext,
): LineResult {
  let row: unknown;
  try {
    row = JSON.parse(line);
  } catch {
    return { id: null, line: lineNumber, error: 'invalid JSON' };
  }
  if (!isRecord(row)) return { id: null, line: lineNumber, error: 'the line must be a JSON object' };
  const id =
    typeof row.id === 'string' || (typeof row.id === 'number' && Number.isFinite(row.id)) ? row.id : null;
  const fail = (error: string): LineResult => ({ id, line: lineNumber, error });
  if (row.id === undefined || row.id === null) return fail('missing id');
  if (id === null) return fail('id must be a string or a number');
  const hasText = row.text !== undefined;
  const hasMessages = row.messages !== undefined;
  if (!hasText && !hasMessages) return fail('give text or messages');
  if (hasText && hasMessages) return fail('give text or messages, not both');
  if (hasText && typeof row.text !== 'string') return fail('text must be a string');
  if (hasMessages && !Array.isArray(row.messages)) return fail('messages must be an array');
  const context = parseContext(row.context, 'context');
  if (typeof context === 'string') return fail(context);

  const request = hasText ? row.text : { messages: row.messages };
  const { decision } = classifyRequest(request, { ...baseContext, ...context }, policy);
  return {
    id,
    route: decision.route,
    sensitive: decision.sensitive,
    categories: decision.categories.map((c) => c.id),
    reasons: decision.reasons,
  };
}

const CONTEXT_FIELDS = ['department', 'useCase', 'environment'] as const;

/** A request context from JSON, or the reason it is not one. `undefined` is an empty context. */
export function parseContext(value: unknown, where: string): RequestContext | string {
  if (value === undefined) return {};
  if (!isRecord(value)) return `${where} must be an object`;
  const context: Record<string, string> = {};
  for (const [key, field] of Object.entries(value)) {
    if (!(CONTEXT_FIELDS as readonly string[]).includes(key)) {
      return `${where} has an unknown field ${JSON.stringify(key.slice(0, 40))}; use ${CONTEXT_FIELDS.join(', ')}`;
    }
    if (typeof field !== 'string') return `${where}.${key} must be a string`;
    context[key] = field;
  }
  return context;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
