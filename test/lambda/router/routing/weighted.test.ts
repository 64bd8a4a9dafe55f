import { orderByWeight } from '../../../../lambda/router/routing/weighted';

const targets = [
  { backend: 'bedrock', model: 'a', weight: 3 },
  { backend: 'openai', model: 'b', weight: 1 },
];

describe('orderByWeight', () => {
  it('picks the first target in proportion to its weight', () => {
    // 3:1 weights → draws below 0.75 pick the first, above pick the second
    expect(orderByWeight(targets, () => 0.74)[0].model).toBe('a');
    expect(orderByWeight(targets, () => 0.76)[0].model).toBe('b');
  });

  it('keeps every other target as a fallback', () => {
    expect(orderByWeight(targets, () => 0.9).map((t) => t.model)).toEqual(['b', 'a']);
  });

  it('never picks a zero-weight target first while others have weight', () => {
    const zero = [
      { backend: 'x', model: 'off', weight: 0 },
      { backend: 'y', model: 'on', weight: 1 },
    ];
    for (const r of [0, 0.3, 0.99]) expect(orderByWeight(zero, () => r)[0].model).toBe('on');
  });

  it('spreads traffic by weight over many draws', () => {
    let seed = 1;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    let firsts = 0;
    for (let i = 0; i < 4000; i++) if (orderByWeight(targets, random)[0].model === 'a') firsts++;
    expect(firsts / 4000).toBeGreaterThan(0.72);
    expect(firsts / 4000).toBeLessThan(0.78);
  });
});
