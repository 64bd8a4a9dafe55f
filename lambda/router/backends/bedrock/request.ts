/**
 * OpenAI chat request → Bedrock Converse request.
 *
 * Mapping (message content Converse cannot express is refused with `rejected`, never dropped;
 * top-level fields not named here are not sent — IGNORED_FIELDS lists the known OpenAI ones
 * that have no Converse equivalent):
 * - `system` / `developer` messages → `system` text blocks, in order.
 * - `user` text and content parts → text blocks; `image_url` parts with a `data:` URL → image
 *   blocks (bytes + format). Remote image URLs are refused: fetching them from inside the
 *   gateway would be a server-side request forgery channel.
 * - `assistant` text → text blocks; `tool_calls` → toolUse blocks (arguments JSON-parsed to `input`).
 * - `tool` messages → toolResult blocks in a user turn. Consecutive turns of the same role
 *   (several tool results, a tool result then a user message) merge into one, because Converse
 *   requires user and assistant turns to alternate.
 * - `tools` → `toolConfig.tools[].toolSpec`; `tool_choice` auto → auto, required → any, a named
 *   function → tool, none → no `toolConfig` at all (Converse has no "none"; note that Converse
 *   then refuses a conversation that already holds tool blocks, which surfaces as `rejected`).
 * - `max_completion_tokens` (else `max_tokens`), `temperature`, `top_p`, `stop` → `inferenceConfig`.
 * - `response_format` `json_schema` → Converse structured output (`outputConfig.textFormat`,
 *   type `json_schema`, the schema as a JSON string), so the model is constrained by Bedrock
 *   itself and the answer arrives as ordinary text; models without structured output refuse it
 *   (`rejected`). `json_object` has no Converse equivalent: it becomes a final system block
 *   instructing a single JSON object. `text` changes nothing.
 */
import type {
  ContentBlock,
  ConverseRequest,
  ImageFormat,
  InferenceConfiguration,
  Message,
  SystemContentBlock,
  Tool,
  ToolChoice,
  ToolConfiguration,
  ToolResultContentBlock,
  ToolUseBlock,
} from '@aws-sdk/client-bedrock-runtime';
import { BackendError, type ChatRequest } from '../types';

/** Fields with no Converse equivalent that are dropped (they tune sampling or tracing, not content). */
export const IGNORED_FIELDS = [
  'frequency_penalty',
  'presence_penalty',
  'seed',
  'logit_bias',
  'logprobs',
  'top_logprobs',
  'user',
  'parallel_tool_calls',
  'store',
  'metadata',
  'service_tier',
  'stream_options',
] as const;

/** JSON instruction used for `response_format: { type: 'json_object' }`. */
export const JSON_OBJECT_INSTRUCTION =
  'Respond with a single valid JSON object and nothing else: no prose, no code fences.';

type OpenAiMessage = Record<string, unknown>;
/** Bedrock's JSON document type (tool inputs and schemas). */
type JsonDocument = NonNullable<ToolUseBlock['input']>;

export function toConverseRequest(request: ChatRequest): ConverseRequest {
  if (typeof request.n === 'number' && request.n !== 1) {
    throw invalid('n other than 1 is not supported by Bedrock Converse');
  }
  const system: SystemContentBlock[] = [];
  const messages: Message[] = [];
  for (const message of request.messages) {
    const role = message.role;
    if (role === 'system' || role === 'developer') {
      system.push(...textParts(message.content, `${role} message`).map((text) => ({ text })));
    } else if (role === 'user') {
      appendTurn(messages, 'user', userContent(message.content));
    } else if (role === 'assistant') {
      appendTurn(messages, 'assistant', assistantContent(message));
    } else if (role === 'tool') {
      appendTurn(messages, 'user', [toolResult(message)]);
    } else {
      throw invalid(`message role ${JSON.stringify(role)} is not supported`);
    }
  }
  const responseFormat = responseFormatOf(request.response_format);
  if (responseFormat.instruction) system.push({ text: responseFormat.instruction });

  const inferenceConfig = inferenceConfigOf(request);
  const toolConfig = toolConfigOf(request.tools, request.tool_choice);
  return {
    modelId: request.model,
    messages,
    ...(system.length > 0 ? { system } : {}),
    ...(inferenceConfig ? { inferenceConfig } : {}),
    ...(toolConfig ? { toolConfig } : {}),
    ...(responseFormat.outputConfig ? { outputConfig: responseFormat.outputConfig } : {}),
  };
}

/** Appends content as a turn, merging it into the previous turn when that has the same role. */
function appendTurn(messages: Message[], role: 'user' | 'assistant', content: ContentBlock[]): void {
  if (content.length === 0) return;
  const previous = messages.at(-1);
  if (previous?.role === role) previous.content = [...(previous.content ?? []), ...content];
  else messages.push({ role, content });
}

function userContent(content: unknown): ContentBlock[] {
  if (typeof content === 'string') return nonBlank(content) ? [{ text: content }] : [];
  if (!Array.isArray(content)) throw invalid('user message content must be a string or an array of parts');
  return content.flatMap((part): ContentBlock[] => {
    const type = (part as { type?: unknown })?.type;
    if (type === 'text') {
      const text = (part as { text?: unknown }).text;
      if (typeof text !== 'string') throw invalid('a text part needs a string text');
      return nonBlank(text) ? [{ text }] : [];
    }
    if (type === 'image_url') return [imageBlock((part as { image_url?: { url?: unknown } }).image_url?.url)];
    throw invalid(`content part type ${JSON.stringify(type)} is not supported by the Bedrock backend`);
  });
}

function assistantContent(message: OpenAiMessage): ContentBlock[] {
  const blocks: ContentBlock[] =
    message.content === null || message.content === undefined
      ? []
      : textParts(message.content, 'assistant message')
          .filter(nonBlank)
          .map((text) => ({ text }));
  const toolCalls = message.tool_calls;
  if (toolCalls === undefined || toolCalls === null) return blocks;
  if (!Array.isArray(toolCalls)) throw invalid('tool_calls must be an array');
  for (const call of toolCalls as Record<string, unknown>[]) {
    const fn = call?.function as { name?: unknown; arguments?: unknown } | undefined;
    if (typeof call?.id !== 'string' || typeof fn?.name !== 'string') {
      throw invalid('each tool call needs an id and a function name');
    }
    blocks.push({
      toolUse: { toolUseId: call.id, name: fn.name, input: parseArguments(fn.arguments, fn.name) },
    });
  }
  return blocks;
}

function parseArguments(argumentsText: unknown, toolName: string): JsonDocument {
  if (argumentsText === undefined || argumentsText === '') return {};
  if (typeof argumentsText !== 'string')
    throw invalid(`arguments of tool call ${toolName} must be a JSON string`);
  let value: unknown;
  try {
    value = JSON.parse(argumentsText);
  } catch {
    throw invalid(`arguments of tool call ${toolName} are not valid JSON`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw invalid(`arguments of tool call ${toolName} must be a JSON object`);
  }
  return value as JsonDocument;
}

function toolResult(message: OpenAiMessage): ContentBlock {
  if (typeof message.tool_call_id !== 'string') throw invalid('a tool message needs a tool_call_id');
  const texts = textParts(message.content ?? '', 'tool message');
  const content: ToolResultContentBlock[] =
    texts.length > 0 ? texts.map((text) => ({ text })) : [{ text: '' }];
  return { toolResult: { toolUseId: message.tool_call_id, content } };
}

/** The texts of a string or of an array of text parts (system, assistant and tool content). */
function textParts(content: unknown, where: string): string[] {
  if (typeof content === 'string') return [content];
  if (!Array.isArray(content)) throw invalid(`${where} content must be a string or an array of text parts`);
  return content.map((part) => {
    const { type, text, refusal } = (part ?? {}) as { type?: unknown; text?: unknown; refusal?: unknown };
    if (type === 'text' && typeof text === 'string') return text;
    if (type === 'refusal' && typeof refusal === 'string') return refusal;
    throw invalid(`${where} content may hold only text parts`);
  });
}

const IMAGE_FORMATS: Readonly<Record<string, ImageFormat>> = {
  'image/png': 'png',
  'image/jpeg': 'jpeg',
  'image/jpg': 'jpeg',
  'image/gif': 'gif',
  'image/webp': 'webp',
};

/** `data:image/png;base64,....` → an image block; parsed by index, not by a regular expression. */
function imageBlock(url: unknown): ContentBlock {
  if (typeof url !== 'string' || !url.startsWith('data:')) {
    throw invalid('images must be inline data: URLs for the Bedrock backend (remote URLs are not fetched)');
  }
  const comma = url.indexOf(',');
  const header = comma === -1 ? '' : url.slice(5, comma).toLowerCase();
  const [mediaType, ...parameters] = header.split(';');
  const format = IMAGE_FORMATS[mediaType];
  if (!format || !parameters.includes('base64')) {
    throw invalid('images must be base64 data: URLs of type png, jpeg, gif or webp');
  }
  return {
    image: { format, source: { bytes: new Uint8Array(Buffer.from(url.slice(comma + 1), 'base64')) } },
  };
}

function inferenceConfigOf(request: ChatRequest): InferenceConfiguration | undefined {
  const config: InferenceConfiguration = {};
  const maxTokens = request.max_completion_tokens ?? request.max_tokens;
  if (maxTokens !== undefined && maxTokens !== null) config.maxTokens = numberField(maxTokens, 'max_tokens');
  if (request.temperature !== undefined && request.temperature !== null) {
    config.temperature = numberField(request.temperature, 'temperature');
  }
  if (request.top_p !== undefined && request.top_p !== null)
    config.topP = numberField(request.top_p, 'top_p');
  const stop = request.stop;
  if (typeof stop === 'string') config.stopSequences = [stop];
  else if (Array.isArray(stop) && stop.length > 0) {
    if (!stop.every((sequence) => typeof sequence === 'string'))
      throw invalid('stop must be a string or strings');
    config.stopSequences = stop as string[];
  } else if (stop !== undefined && stop !== null && !Array.isArray(stop)) {
    throw invalid('stop must be a string or an array of strings');
  }
  return Object.keys(config).length > 0 ? config : undefined;
}

function toolConfigOf(tools: unknown, toolChoice: unknown): ToolConfiguration | undefined {
  if (tools === undefined || tools === null || toolChoice === 'none') return undefined;
  if (!Array.isArray(tools)) throw invalid('tools must be an array');
  if (tools.length === 0) return undefined;
  const specs: Tool[] = tools.map((tool: Record<string, unknown>) => {
    const fn = tool?.function as { name?: unknown; description?: unknown; parameters?: unknown } | undefined;
    if (tool?.type !== 'function' || typeof fn?.name !== 'string') {
      throw invalid('each tool must be a function with a name');
    }
    const schema = fn.parameters ?? { type: 'object', properties: {} };
    return {
      toolSpec: {
        name: fn.name,
        ...(typeof fn.description === 'string' && fn.description.length > 0
          ? { description: fn.description }
          : {}),
        inputSchema: { json: schema as JsonDocument },
      },
    };
  });
  const choice = toolChoiceOf(toolChoice);
  return { tools: specs, ...(choice ? { toolChoice: choice } : {}) };
}

function toolChoiceOf(toolChoice: unknown): ToolChoice | undefined {
  if (toolChoice === undefined || toolChoice === null || toolChoice === 'auto') return { auto: {} };
  if (toolChoice === 'required') return { any: {} };
  const name = (toolChoice as { function?: { name?: unknown } })?.function?.name;
  if ((toolChoice as { type?: unknown })?.type === 'function' && typeof name === 'string')
    return { tool: { name } };
  throw invalid('tool_choice must be none, auto, required or a named function');
}

interface ResponseFormatMapping {
  readonly instruction?: string;
  readonly outputConfig?: ConverseRequest['outputConfig'];
}

function responseFormatOf(responseFormat: unknown): ResponseFormatMapping {
  if (responseFormat === undefined || responseFormat === null) return {};
  const type = (responseFormat as { type?: unknown }).type;
  if (type === 'text') return {};
  if (type === 'json_object') return { instruction: JSON_OBJECT_INSTRUCTION };
  if (type === 'json_schema') {
    const definition = (responseFormat as { json_schema?: Record<string, unknown> }).json_schema;
    if (!definition || typeof definition.schema !== 'object' || definition.schema === null) {
      throw invalid('response_format json_schema needs a schema object');
    }
    return {
      outputConfig: {
        textFormat: {
          type: 'json_schema',
          structure: {
            jsonSchema: {
              schema: JSON.stringify(definition.schema),
              ...(typeof definition.name === 'string' ? { name: definition.name } : {}),
              ...(typeof definition.description === 'string' ? { description: definition.description } : {}),
            },
          },
        },
      },
    };
  }
  throw invalid('response_format type must be text, json_object or json_schema');
}

function numberField(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw invalid(`${name} must be a number`);
  return value;
}

function nonBlank(text: string): boolean {
  return text.trim().length > 0;
}

function invalid(message: string): BackendError {
  return new BackendError('rejected', `bedrock cannot take this request: ${message}`, 400);
}
