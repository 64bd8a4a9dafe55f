import type { ModelAlias, ResolvedPolicy } from '../../../lib/policy/types';
import type { ChatRequest, EmbeddingsRequest } from '../backends/types';
import { badRequest } from './errors';

/**
 * Shape checks for the OpenAI request bodies the gateway accepts. They reject what no backend could
 * serve (with the offending `param` named, as OpenAI does) and leave every other field untouched so
 * tools, response_format and provider-specific parameters pass through.
 */

const ROLES = new Set(['system', 'developer', 'user', 'assistant', 'tool', 'function']);
const NUMBER_PARAMS = ['temperature', 'top_p', 'presence_penalty', 'frequency_penalty'] as const;
const INTEGER_PARAMS = ['max_tokens', 'max_completion_tokens', 'n', 'seed', 'top_logprobs'] as const;

type Json = Record<string, unknown>;

function isRecord(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The alias a request names, which must exist in the policy and be of the expected kind. */
export function resolveAlias(
  body: Json,
  policy: ResolvedPolicy,
  kind: 'chat' | 'embeddings',
): { name: string; alias: ModelAlias } {
  const name = body.model;
  if (typeof name !== 'string' || name.length === 0)
    throw badRequest('invalid_type', '`model` must be a non-empty string.', 'model');
  const alias = Object.prototype.hasOwnProperty.call(policy.modelAliases, name)
    ? policy.modelAliases[name]
    : undefined;
  if (!alias) {
    throw badRequest(
      'model_not_found',
      `The model \`${truncate(name)}\` is not an alias of this gateway; GET /v1/models lists them.`,
      'model',
    );
  }
  if ((alias.kind ?? 'chat') !== kind) {
    throw badRequest(
      'model_kind_mismatch',
      `The model \`${name}\` serves ${alias.kind ?? 'chat'}, not ${kind}.`,
      'model',
    );
  }
  return { name, alias };
}

export function validateChatRequest(body: Json): ChatRequest {
  const messages = body.messages;
  if (!Array.isArray(messages) || messages.length === 0) {
    throw badRequest('invalid_type', '`messages` must be a non-empty array.', 'messages');
  }
  messages.forEach((m, i) => validateMessage(m, i));
  optional(body, 'stream', 'boolean');
  if (body.stream_options !== undefined && body.stream_options !== null) {
    if (!isRecord(body.stream_options))
      throw badRequest('invalid_type', '`stream_options` must be an object.', 'stream_options');
    if (
      body.stream_options.include_usage !== undefined &&
      typeof body.stream_options.include_usage !== 'boolean'
    ) {
      throw badRequest(
        'invalid_type',
        '`stream_options.include_usage` must be a boolean.',
        'stream_options.include_usage',
      );
    }
  }
  for (const p of NUMBER_PARAMS) optional(body, p, 'number');
  for (const p of INTEGER_PARAMS) {
    const v = body[p];
    if (v !== undefined && v !== null && !Number.isInteger(v))
      throw badRequest('invalid_type', `\`${p}\` must be an integer.`, p);
  }
  if (body.tools !== undefined && body.tools !== null) {
    if (!Array.isArray(body.tools) || !body.tools.every(isRecord)) {
      throw badRequest('invalid_type', '`tools` must be an array of objects.', 'tools');
    }
  }
  if (
    body.response_format !== undefined &&
    body.response_format !== null &&
    !isRecord(body.response_format)
  ) {
    throw badRequest('invalid_type', '`response_format` must be an object.', 'response_format');
  }
  const stop = body.stop;
  if (
    stop !== undefined &&
    stop !== null &&
    typeof stop !== 'string' &&
    !(Array.isArray(stop) && stop.every((s) => typeof s === 'string'))
  ) {
    throw badRequest('invalid_type', '`stop` must be a string or an array of strings.', 'stop');
  }
  return body as ChatRequest;
}

function validateMessage(m: unknown, i: number): void {
  const param = `messages[${i}]`;
  if (!isRecord(m)) throw badRequest('invalid_type', `\`${param}\` must be an object.`, param);
  if (typeof m.role !== 'string' || !ROLES.has(m.role)) {
    throw badRequest(
      'invalid_role',
      `\`${param}.role\` must be one of ${[...ROLES].join(', ')}.`,
      `${param}.role`,
    );
  }
  const content = m.content;
  const hasToolCalls = Array.isArray(m.tool_calls) && m.tool_calls.length > 0;
  if (content === undefined || content === null) {
    if (m.role !== 'assistant' || !(hasToolCalls || isRecord(m.function_call))) {
      throw badRequest('invalid_type', `\`${param}.content\` is required.`, `${param}.content`);
    }
  } else if (Array.isArray(content)) {
    content.forEach((part, j) => {
      if (!isRecord(part) || typeof part.type !== 'string') {
        throw badRequest(
          'invalid_type',
          `\`${param}.content[${j}]\` must be an object with a \`type\`.`,
          `${param}.content[${j}]`,
        );
      }
    });
  } else if (typeof content !== 'string') {
    throw badRequest(
      'invalid_type',
      `\`${param}.content\` must be a string or an array of content parts.`,
      `${param}.content`,
    );
  }
  if (m.tool_calls !== undefined && m.tool_calls !== null && !Array.isArray(m.tool_calls)) {
    throw badRequest('invalid_type', `\`${param}.tool_calls\` must be an array.`, `${param}.tool_calls`);
  }
}

export function validateEmbeddingsRequest(body: Json): EmbeddingsRequest {
  const input = body.input;
  const ok =
    (typeof input === 'string' && input.length > 0) ||
    (Array.isArray(input) &&
      input.length > 0 &&
      (input.every((x) => typeof x === 'string') ||
        input.every((x) => typeof x === 'number') ||
        input.every((x) => Array.isArray(x) && x.every((y) => typeof y === 'number'))));
  if (!ok) {
    throw badRequest(
      'invalid_type',
      '`input` must be a non-empty string, array of strings, array of token ids, or array of token-id arrays.',
      'input',
    );
  }
  optional(body, 'dimensions', 'number');
  optional(body, 'encoding_format', 'string');
  return body as EmbeddingsRequest;
}

function optional(body: Json, key: string, type: 'boolean' | 'number' | 'string'): void {
  const v = body[key];
  if (v !== undefined && v !== null && typeof v !== type)
    throw badRequest('invalid_type', `\`${key}\` must be a ${type}.`, key);
}

function truncate(s: string): string {
  return s.length > 64 ? `${s.slice(0, 64)}…` : s;
}
