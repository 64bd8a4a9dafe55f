import { bedrockFixture, failureOf, live, type BedrockFixture } from './bedrock-fixture';

const TITAN = 'amazon.titan-embed-text-v2:0';
const COHERE = 'cohere.embed-english-v3';

let fixture: BedrockFixture;

beforeEach(async () => {
  fixture = await bedrockFixture();
});

afterEach(async () => {
  await fixture.close();
});

describe('Titan Text Embeddings', () => {
  it('invokes the model once per input with inputText and dimensions, and returns an OpenAI list in order', async () => {
    // WHEN
    const result = await fixture.backend.embeddings(
      { model: TITAN, input: ['alpha beta', 'gamma'], dimensions: 256 },
      live(),
    );

    // THEN each input went to InvokeModel with the Titan body
    const bodies = fixture.server.received.map((request) => [
      request.operation,
      request.modelId,
      request.body,
    ]);
    expect(bodies).toEqual(
      expect.arrayContaining([
        ['invoke', TITAN, { inputText: 'alpha beta', dimensions: 256 }],
        ['invoke', TITAN, { inputText: 'gamma', dimensions: 256 }],
      ]),
    );
    expect(bodies).toHaveLength(2);
    // AND the answer is an OpenAI embeddings list, in input order, with Titan's token counts
    expect(result).toMatchObject({
      object: 'list',
      model: TITAN,
      usage: { prompt_tokens: 3, total_tokens: 3 },
    });
    expect(result.data.map((item) => [item.object, item.index, (item.embedding as number[]).length])).toEqual(
      [
        ['embedding', 0, 256],
        ['embedding', 1, 256],
      ],
    );
  });

  it('packs the vector as little-endian float32 base64 when encoding_format is base64', async () => {
    // GIVEN the float answer for reference
    const floats = await fixture.backend.embeddings(
      { model: TITAN, input: 'alpha', dimensions: 256 },
      live(),
    );

    // WHEN
    const packed = await fixture.backend.embeddings(
      { model: TITAN, input: 'alpha', dimensions: 256, encoding_format: 'base64' },
      live(),
    );

    // THEN
    const bytes = Buffer.from(packed.data[0].embedding as string, 'base64');
    const decoded = Array.from(new Float32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4));
    expect(decoded).toEqual(Array.from(new Float32Array(floats.data[0].embedding as number[])));
  });
});

describe('Cohere Embed', () => {
  it('sends the texts in one call with input_type and returns one vector per text', async () => {
    const result = await fixture.backend.embeddings(
      { model: COHERE, input: ['one', 'two', 'three'] },
      live(),
    );

    expect(fixture.server.received.map((request) => request.body)).toEqual([
      { texts: ['one', 'two', 'three'], input_type: 'search_document' },
    ]);
    expect(result.data.map((item) => item.index)).toEqual([0, 1, 2]);
  });

  it('splits more than 96 texts into batches of 96', async () => {
    const input = Array.from({ length: 100 }, (_, index) => `text ${index}`);

    const result = await fixture.backend.embeddings(
      { model: COHERE, input, input_type: 'search_query' },
      live(),
    );

    expect(fixture.server.received.map((request) => (request.body?.texts as unknown[]).length)).toEqual([
      96, 4,
    ]);
    expect(fixture.server.received[0].body?.input_type).toBe('search_query');
    expect(result.data).toHaveLength(100);
  });
});

describe('what Bedrock embeddings refuse', () => {
  it('rejects a model outside the Titan and Cohere families without calling Bedrock', async () => {
    const error = await failureOf(
      fixture.backend.embeddings({ model: 'anthropic.claude-3-haiku', input: 'x' }, live()),
    );

    expect(error).toMatchObject({ failure: 'rejected', status: 400 });
    expect(error.message).toContain('amazon.titan-embed-text');
    expect(fixture.server.received).toHaveLength(0);
  });

  it('rejects token-array input', async () => {
    const error = await failureOf(fixture.backend.embeddings({ model: TITAN, input: [[1, 2, 3]] }, live()));

    expect(error.failure).toBe('rejected');
  });

  it('maps an InvokeModel body that is not JSON to bad_response', async () => {
    fixture.server.setFault(() => ({ kind: 'malformed' }));

    expect((await failureOf(fixture.backend.embeddings({ model: TITAN, input: 'x' }, live()))).failure).toBe(
      'bad_response',
    );
  });

  it('maps throttling to saturated', async () => {
    fixture.server.setFault(() => ({ kind: 'error', errorType: 'ThrottlingException' }));

    expect((await failureOf(fixture.backend.embeddings({ model: TITAN, input: 'x' }, live()))).failure).toBe(
      'saturated',
    );
  });
});
