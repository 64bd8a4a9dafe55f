import { resolvePolicy } from '../../../../lib/policy/defaults';
import { GatewayError } from '../../../../lambda/router/http/errors';
import {
  resolveAlias,
  validateChatRequest,
  validateEmbeddingsRequest,
} from '../../../../lambda/router/http/validate';

const policy = resolvePolicy({});

function rejection(fn: () => unknown): { code: string; param: string | null } {
  try {
    fn();
  } catch (error) {
    if (error instanceof GatewayError && error.status === 400)
      return { code: error.code, param: error.param };
    throw error;
  }
  throw new Error('expected a 400');
}

const user = (content: unknown) => ({ role: 'user', content });

describe('request validation', () => {
  it('accepts a chat request with tools, response_format and sampling parameters', () => {
    const body = {
      model: 'chat-default',
      messages: [
        user('hi'),
        {
          role: 'assistant',
          content: null,
          tool_calls: [{ id: '1', type: 'function', function: { name: 'f', arguments: '{}' } }],
        },
        { role: 'tool', tool_call_id: '1', content: 'done' },
      ],
      tools: [{ type: 'function', function: { name: 'f', parameters: {} } }],
      response_format: { type: 'json_object' },
      temperature: 0.2,
      max_tokens: 10,
      stop: ['\n'],
    };
    expect(validateChatRequest(body)).toBe(body);
  });

  it('names an unknown role', () => {
    expect(rejection(() => validateChatRequest({ messages: [{ role: 'wizard', content: 'x' }] }))).toEqual({
      code: 'invalid_role',
      param: 'messages[0].role',
    });
  });

  it('rejects messages that are not an array', () => {
    expect(rejection(() => validateChatRequest({ messages: 'hi' })).param).toBe('messages');
  });

  it('rejects content of the wrong type', () => {
    expect(rejection(() => validateChatRequest({ messages: [user(42)] })).param).toBe('messages[0].content');
  });

  it('rejects a sampling parameter of the wrong type', () => {
    expect(rejection(() => validateChatRequest({ messages: [user('x')], temperature: 'hot' })).param).toBe(
      'temperature',
    );
  });

  it('accepts image content parts (the policy decides where they go)', () => {
    const body = {
      messages: [user([{ type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA' } }])],
    };
    expect(validateChatRequest(body)).toBe(body);
  });

  it('rejects an unknown model alias with 400 naming `model`', () => {
    expect(rejection(() => resolveAlias({ model: 'gpt-5' }, policy, 'chat'))).toEqual({
      code: 'model_not_found',
      param: 'model',
    });
  });

  it('does not resolve inherited object keys as aliases', () => {
    expect(rejection(() => resolveAlias({ model: 'constructor' }, policy, 'chat')).code).toBe(
      'model_not_found',
    );
  });

  it('rejects a chat alias used for embeddings', () => {
    expect(rejection(() => resolveAlias({ model: 'chat-default' }, policy, 'embeddings')).code).toBe(
      'model_kind_mismatch',
    );
  });

  it('accepts embeddings input as text, texts or token ids, and rejects anything else', () => {
    for (const input of ['a', ['a', 'b'], [1, 2], [[1], [2]]])
      expect(() => validateEmbeddingsRequest({ input })).not.toThrow();
    for (const input of ['', [], [{}], 7])
      expect(rejection(() => validateEmbeddingsRequest({ input })).param).toBe('input');
  });
});
