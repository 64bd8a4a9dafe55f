/**
 * Every text a backend would see in a request: system, user and assistant messages, tool-call
 * names and arguments, tool results, tool definitions, embeddings input, legacy prompts. Parts the
 * classifier cannot read (images, audio, files, token arrays) are counted, for the policy to decide.
 */

export interface Extracted {
  readonly segments: string[];
  /** Content parts that cannot be read as text. */
  readonly attachments: number;
}

type Json = unknown;

function isRecord(v: Json): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const TEXT_PART_TYPES = new Set(['text', 'input_text', 'output_text', 'refusal']);

function pushString(out: Extracted, v: unknown): void {
  if (typeof v === 'string') {
    if (v.length > 0) out.segments.push(v);
  } else if (v !== undefined && v !== null) {
    // Unknown shapes are scanned as JSON rather than skipped: the backend may still see them.
    out.segments.push(JSON.stringify(v));
  }
}

function extractContent(out: { segments: string[]; attachments: number }, content: unknown): void {
  if (content === undefined || content === null) return;
  if (typeof content === 'string') return pushString(out, content);
  if (Array.isArray(content)) {
    for (const part of content) {
      if (typeof part === 'string') pushString(out, part);
      else if (isRecord(part) && TEXT_PART_TYPES.has(String(part.type))) {
        pushString(out, part.text ?? part.refusal);
      } else if (isRecord(part) && typeof part.type === 'string') {
        out.attachments++;
        // A file part can carry a filename; an image part a URL. Both may leak identifiers.
        const file = isRecord(part.file) ? part.file.filename : undefined;
        const url = isRecord(part.image_url) ? part.image_url.url : undefined;
        if (typeof file === 'string') pushString(out, file);
        if (typeof url === 'string' && !url.startsWith('data:')) pushString(out, url);
      } else pushString(out, part);
    }
    return;
  }
  pushString(out, content);
}

/** Extract the texts of an OpenAI chat, completions or embeddings request, or of plain text. */
export function extractTexts(request: unknown): Extracted {
  const out = { segments: [] as string[], attachments: 0 };
  if (typeof request === 'string') {
    pushString(out, request);
    return out;
  }
  if (!isRecord(request)) {
    pushString(out, request);
    return out;
  }
  if (Array.isArray(request.messages)) {
    for (const m of request.messages) {
      if (!isRecord(m)) {
        pushString(out, m);
        continue;
      }
      extractContent(out, m.content);
      if (typeof m.name === 'string') pushString(out, m.name);
      if (m.refusal !== undefined) pushString(out, m.refusal);
      if (Array.isArray(m.tool_calls)) {
        for (const call of m.tool_calls) {
          const fn = isRecord(call) && isRecord(call.function) ? call.function : undefined;
          if (fn) {
            pushString(out, fn.name);
            pushString(out, fn.arguments);
          } else pushString(out, call);
        }
      }
      if (isRecord(m.function_call)) {
        pushString(out, m.function_call.name);
        pushString(out, m.function_call.arguments);
      }
    }
  } else if (request.messages !== undefined) pushString(out, request.messages);
  if (Array.isArray(request.tools)) for (const t of request.tools) pushString(out, t);
  if (request.response_format !== undefined && isRecord(request.response_format)) {
    if (request.response_format.json_schema !== undefined)
      pushString(out, request.response_format.json_schema);
  }
  for (const key of ['prompt', 'input', 'text', 'suffix', 'instructions']) {
    const v = request[key];
    if (v === undefined) continue;
    if (Array.isArray(v)) {
      for (const item of v) {
        if (typeof item === 'number' || (Array.isArray(item) && item.every((x) => typeof x === 'number'))) {
          out.attachments++; // token ids: unreadable without the tokenizer
        } else pushString(out, item);
      }
    } else pushString(out, v);
  }
  return out;
}
