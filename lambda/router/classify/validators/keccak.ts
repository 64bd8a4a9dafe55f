/**
 * Keccak-256 (the original Keccak submission padding, as Ethereum uses it; not NIST SHA3-256),
 * needed for EIP-55 address checksums. 64-bit lanes are held as two 32-bit halves. Round
 * constants and rotation offsets are derived at load from their definitions (the LFSR and the
 * (t+1)(t+2)/2 triangle) rather than typed in.
 */

const ROUNDS = 24;
const RATE_BYTES = 136; // 1600 - 2 * 256 bits

/** Round constants as [lo, hi] 32-bit halves, from the degree-8 LFSR of the Keccak reference. */
const ROUND_CONSTANTS: Uint32Array = (() => {
  const out = new Uint32Array(ROUNDS * 2);
  let lfsr = 1;
  const nextBit = (): number => {
    const bit = lfsr & 1;
    lfsr = lfsr & 0x80 ? ((lfsr << 1) ^ 0x71) & 0xff : (lfsr << 1) & 0xff;
    return bit;
  };
  for (let round = 0; round < ROUNDS; round++) {
    for (let j = 0; j < 7; j++) {
      if (nextBit()) {
        const position = (1 << j) - 1;
        if (position < 32) out[round * 2] |= 1 << position;
        else out[round * 2 + 1] |= 1 << (position - 32);
      }
    }
  }
  return out;
})();

/** For each lane (x + 5y): its rotation offset and its destination lane after the pi step. */
const { ROTATIONS, PI_TARGET } = (() => {
  const rotations = new Uint8Array(25);
  const target = new Uint8Array(25);
  let x = 1;
  let y = 0;
  for (let t = 0; t < 24; t++) {
    rotations[x + 5 * y] = (((t + 1) * (t + 2)) / 2) % 64;
    [x, y] = [y, (2 * x + 3 * y) % 5];
  }
  for (let lx = 0; lx < 5; lx++)
    for (let ly = 0; ly < 5; ly++) target[lx + 5 * ly] = ly + 5 * ((2 * lx + 3 * ly) % 5);
  return { ROTATIONS: rotations, PI_TARGET: target };
})();

function keccakF(state: Uint32Array): void {
  const c = new Uint32Array(10);
  const b = new Uint32Array(50);
  for (let round = 0; round < ROUNDS; round++) {
    // theta
    for (let x = 0; x < 5; x++) {
      let lo = 0;
      let hi = 0;
      for (let y = 0; y < 25; y += 5) {
        lo ^= state[(x + y) * 2];
        hi ^= state[(x + y) * 2 + 1];
      }
      c[x * 2] = lo;
      c[x * 2 + 1] = hi;
    }
    for (let x = 0; x < 5; x++) {
      const left = ((x + 4) % 5) * 2;
      const right = ((x + 1) % 5) * 2;
      // D = C[x-1] xor rotl(C[x+1], 1)
      const dLo = c[left] ^ ((c[right] << 1) | (c[right + 1] >>> 31));
      const dHi = c[left + 1] ^ ((c[right + 1] << 1) | (c[right] >>> 31));
      for (let y = 0; y < 25; y += 5) {
        state[(x + y) * 2] ^= dLo;
        state[(x + y) * 2 + 1] ^= dHi;
      }
    }
    // rho and pi
    for (let lane = 0; lane < 25; lane++) {
      const lo = state[lane * 2];
      const hi = state[lane * 2 + 1];
      const r = ROTATIONS[lane];
      const to = PI_TARGET[lane] * 2;
      if (r === 0) {
        b[to] = lo;
        b[to + 1] = hi;
      } else if (r < 32) {
        b[to] = (lo << r) | (hi >>> (32 - r));
        b[to + 1] = (hi << r) | (lo >>> (32 - r));
      } else if (r === 32) {
        b[to] = hi;
        b[to + 1] = lo;
      } else {
        const s = r - 32;
        b[to] = (hi << s) | (lo >>> (32 - s));
        b[to + 1] = (lo << s) | (hi >>> (32 - s));
      }
    }
    // chi
    for (let y = 0; y < 25; y += 5) {
      for (let x = 0; x < 5; x++) {
        const i = (x + y) * 2;
        const i1 = (((x + 1) % 5) + y) * 2;
        const i2 = (((x + 2) % 5) + y) * 2;
        state[i] = b[i] ^ (~b[i1] & b[i2]);
        state[i + 1] = b[i + 1] ^ (~b[i1 + 1] & b[i2 + 1]);
      }
    }
    // iota
    state[0] ^= ROUND_CONSTANTS[round * 2];
    state[1] ^= ROUND_CONSTANTS[round * 2 + 1];
  }
}

/** Keccak-256 digest of `input`. */
export function keccak256(input: Uint8Array): Uint8Array {
  const state = new Uint32Array(50);
  // Pad: 0x01 after the message, 0x80 on the last byte of the block (multi-rate padding).
  const blocks = Math.floor(input.length / RATE_BYTES) + 1;
  const padded = new Uint8Array(blocks * RATE_BYTES);
  padded.set(input);
  padded[input.length] ^= 0x01;
  padded[padded.length - 1] ^= 0x80;
  for (let block = 0; block < blocks; block++) {
    const base = block * RATE_BYTES;
    for (let i = 0; i < RATE_BYTES / 4; i++) {
      const o = base + i * 4;
      state[i] ^= padded[o] | (padded[o + 1] << 8) | (padded[o + 2] << 16) | (padded[o + 3] << 24);
    }
    keccakF(state);
  }
  const out = new Uint8Array(32);
  for (let i = 0; i < 8; i++) {
    const word = state[i];
    out[i * 4] = word & 0xff;
    out[i * 4 + 1] = (word >>> 8) & 0xff;
    out[i * 4 + 2] = (word >>> 16) & 0xff;
    out[i * 4 + 3] = (word >>> 24) & 0xff;
  }
  return out;
}
