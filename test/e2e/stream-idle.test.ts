import { startHarness } from './harness';

/**
 * For a stream, the attempt timeout bounds each wait for the next chunk, not the whole answer: a
 * model that keeps producing tokens may take far longer than the timeout in total.
 */
describe('e2e: the per-chunk timeout of a stream', () => {
  it('lets a stream run longer than the timeout as long as every chunk comes within it', async () => {
    // GIVEN a 300 ms per-chunk timeout and a cloud model that sends a chunk every 100 ms (~9 chunks)
    const h = await startHarness({ gateway: { attemptTimeoutMs: 300, deadlineMs: 2_000 } });
    try {
      h.cloudServer.setFault(() => ({ kind: 'slow-stream', chunkDelayMs: 100 }));
      // WHEN a client streams a non-sensitive request
      const stream = await h.client.chat.completions.create({
        model: 'chat-default',
        stream: true,
        messages: [{ role: 'user', content: 'Suggest a name for a hiking club.' }],
      });
      let text = '';
      let chunks = 0;
      for await (const chunk of stream) {
        chunks++;
        text += chunk.choices[0]?.delta?.content ?? '';
      }
      // THEN the whole answer arrives from the cloud, though its chunks, 100 ms apart, outlast one timeout
      expect(chunks * 100).toBeGreaterThan(300);
      expect(text).toBe('The loopback model answers this request.');
      const [record] = await h.waitForAudits(1);
      expect(record).toMatchObject({ status: 'ok', route: 'cloud' });
      expect(record.attempts).toHaveLength(1);
    } finally {
      await h.close();
    }
  });
});
