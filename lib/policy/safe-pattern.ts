/**
 * Linear-time check for an organisation's own regular expressions (policy `customPatterns`).
 *
 * JavaScript regular expressions backtrack, so a pattern such as `(a+)+$` or `(a|a)*` takes
 * exponential time on a crafted prompt, and even `\w+@` is quadratic (each start position re-reads
 * the run). A pattern passes when every repetition is bounded and no two repetitions can fight
 * over the same characters, so the work per start position is bounded by the pattern itself:
 * - no unbounded repetition (`*`, `+`, `{n,}`): write a bound such as `{1,64}`;
 * - bounds at most 1000;
 * - no repetition inside a repeated group (`(a{1,5}){1,5}`) unless the inner one has a fixed count;
 * - no repeated group with alternatives that can start with the same character (`(a|ab){1,9}`);
 * - no two variable-length repetitions in a row over overlapping characters (`\d{1,9}\d{1,9}`);
 * - no backreferences; flags among `i`, `m`, `s`, `u`.
 */

const MAX_BOUND = 1000;
const MAX_SOURCE = 2000;

/** A set of characters, approximated: exact over ASCII, one bit for "some non-ASCII character". */
class CharSet {
  readonly bits = new Uint32Array(5);
  static all(): CharSet {
    const s = new CharSet();
    s.bits.fill(0xffffffff);
    return s;
  }
  add(code: number): void {
    const i = code < 128 ? code >> 5 : 4;
    this.bits[i] |= code < 128 ? 1 << (code & 31) : 1;
  }
  addRange(from: number, to: number): void {
    for (let c = from; c <= Math.min(to, 127); c++) this.add(c);
    if (to >= 128) this.bits[4] |= 1;
  }
  union(other: CharSet): void {
    for (let i = 0; i < 5; i++) this.bits[i] |= other.bits[i];
  }
  complement(): void {
    for (let i = 0; i < 5; i++) this.bits[i] = ~this.bits[i];
    this.bits[4] |= 1; // a negated class still matches some non-ASCII character
  }
  intersects(other: CharSet): boolean {
    for (let i = 0; i < 5; i++) if ((this.bits[i] & other.bits[i]) !== 0) return true;
    return false;
  }
  foldCase(): void {
    for (let c = 65; c <= 90; c++) {
      const upper = (this.bits[c >> 5] >>> (c & 31)) & 1;
      const lower = (this.bits[(c + 32) >> 5] >>> ((c + 32) & 31)) & 1;
      if (upper || lower) {
        this.add(c);
        this.add(c + 32);
      }
    }
  }
}

interface Term {
  /** Characters the term can start with (for groups: the union of its alternatives' first sets). */
  readonly first: CharSet;
  min: number;
  max: number; // Infinity when unbounded
  /** The term contains a variable-length repetition somewhere inside (groups only). */
  readonly innerVariable: boolean;
  /** A group with alternatives whose first sets overlap. */
  readonly ambiguousAlternatives: boolean;
  readonly offset: number;
}

class UnsafePatternError extends Error {}

class Parser {
  private pos = 0;
  constructor(
    private readonly src: string,
    private readonly ignoreCase: boolean,
  ) {}

  fail(message: string, at = this.pos): never {
    throw new UnsafePatternError(`${message} at offset ${at}`);
  }

  /** Parse alternatives until `)` or the end; returns first set, variable flag and ambiguity. */
  parseAlternation(inLookbehind: boolean): {
    first: CharSet;
    variable: boolean;
    ambiguous: boolean;
    nullable: boolean;
  } {
    const first = new CharSet();
    let variable = false;
    let ambiguous = false;
    let nullable = false;
    const seen: CharSet[] = [];
    for (;;) {
      const seq = this.parseSequence(inLookbehind);
      for (const s of seen) if (s.intersects(seq.first)) ambiguous = true;
      if (seq.nullable && seen.length > 0) ambiguous = true;
      seen.push(seq.first);
      first.union(seq.first);
      variable ||= seq.variable;
      nullable ||= seq.nullable;
      if (this.src[this.pos] === '|') {
        this.pos++;
        continue;
      }
      return { first, variable, ambiguous, nullable };
    }
  }

  private parseSequence(inLookbehind: boolean): { first: CharSet; variable: boolean; nullable: boolean } {
    const terms: Term[] = [];
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      const term = this.parseTerm(inLookbehind);
      if (term !== undefined) terms.push(term);
    }
    this.checkAdjacent(terms);
    const first = new CharSet();
    let nullable = true;
    for (const t of terms) {
      if (!nullable) break;
      first.union(t.first);
      nullable = t.min === 0;
    }
    const variable = terms.some((t) => t.max !== t.min || t.innerVariable);
    return { first, variable, nullable };
  }

  /** Two variable-length repetitions in a row over overlapping characters backtrack against each other. */
  private checkAdjacent(terms: readonly Term[]): void {
    let previous: Term | undefined;
    for (const t of terms) {
      const isVariable = t.max !== t.min || t.innerVariable;
      if (previous !== undefined && isVariable && previous.first.intersects(t.first)) {
        this.fail('overlapping adjacent repetitions', t.offset);
      }
      if (isVariable) previous = t;
      else if (t.min > 0) previous = undefined; // a mandatory fixed term separates the two
    }
  }

  private parseTerm(inLookbehind: boolean): Term | undefined {
    const offset = this.pos;
    const c = this.src[this.pos];
    let first: CharSet;
    let innerVariable = false;
    let ambiguousAlternatives = false;
    let zeroWidth = false;
    if (c === '^' || c === '$') {
      this.pos++;
      return undefined;
    } else if (c === '(') {
      this.pos++;
      let lookbehind = false;
      if (this.src.startsWith('?:', this.pos)) this.pos += 2;
      else if (this.src.startsWith('?=', this.pos) || this.src.startsWith('?!', this.pos)) {
        this.pos += 2;
        zeroWidth = true;
      } else if (this.src.startsWith('?<=', this.pos) || this.src.startsWith('?<!', this.pos)) {
        this.pos += 3;
        zeroWidth = true;
        lookbehind = true;
      } else if (this.src.startsWith('?<', this.pos)) {
        const close = this.src.indexOf('>', this.pos);
        if (close < 0) this.fail('unterminated group name');
        this.pos = close + 1;
      } else if (this.src[this.pos] === '?') this.fail('unsupported group modifier');
      const body = this.parseAlternation(inLookbehind || lookbehind);
      if (this.src[this.pos] !== ')') this.fail('unbalanced parenthesis', offset);
      this.pos++;
      first = body.first;
      innerVariable = body.variable;
      ambiguousAlternatives = body.ambiguous;
    } else if (c === '[') {
      first = this.parseClass();
    } else if (c === '\\') {
      first = this.parseEscape();
    } else if (c === '.') {
      this.pos++;
      first = CharSet.all();
    } else if (c === '*' || c === '+' || c === '?' || c === '{') {
      // `{` not starting a valid quantifier is a literal in non-unicode mode; keep it simple and strict.
      this.fail(`quantifier '${c}' without a target`);
    } else {
      this.pos++;
      first = new CharSet();
      first.add(c.charCodeAt(0));
      if (this.ignoreCase) first.foldCase();
    }
    const term: Term = { first, min: 1, max: 1, innerVariable, ambiguousAlternatives, offset };
    this.parseQuantifier(term, inLookbehind);
    if (zeroWidth) {
      if (term.max !== 1) this.fail('repeated lookaround', offset);
      return undefined;
    }
    return term;
  }

  private parseQuantifier(term: Term, inLookbehind: boolean): void {
    const c = this.src[this.pos];
    const at = this.pos;
    if (c === '*' || c === '+') this.fail(`unbounded repetition '${c}'; write a bound such as {1,64}`);
    if (c === '?') {
      this.pos++;
      term.min = 0;
      term.max = 1;
    } else if (c === '{') {
      const m = /^\{(\d{1,6})(,(\d{0,6}))?\}/.exec(this.src.slice(this.pos, this.pos + 16));
      if (m === null) this.fail("malformed '{' quantifier");
      this.pos += m[0].length;
      term.min = Number(m[1]);
      if (m[2] === undefined) term.max = term.min;
      else if (m[3] === '') this.fail(`unbounded repetition '${m[0]}'; write a bound such as {1,64}`, at);
      else term.max = Number(m[3]);
      if (term.max > MAX_BOUND) this.fail(`repetition bound ${term.max} above ${MAX_BOUND}`, at);
      if (term.max < term.min) this.fail('repetition bounds out of order', at);
    } else return;
    if (this.src[this.pos] === '?') this.pos++; // lazy: same work bound
    if (term.max > 1 && term.innerVariable)
      this.fail('nested repetition (a repeated group contains a variable-length repetition)', at);
    if (term.max > 1 && term.ambiguousAlternatives)
      this.fail('repeated group with overlapping alternatives', at);
    if (inLookbehind && term.max !== term.min && term.max > 64)
      this.fail('long variable repetition inside a lookbehind', at);
  }

  private parseClass(): CharSet {
    const start = this.pos;
    this.pos++;
    const set = new CharSet();
    let negate = false;
    if (this.src[this.pos] === '^') {
      negate = true;
      this.pos++;
    }
    let first = true;
    while (this.pos < this.src.length && (this.src[this.pos] !== ']' || first)) {
      first = false;
      let lo: number;
      if (this.src[this.pos] === '\\') {
        const escaped = this.parseEscape();
        const single = singleCode(escaped);
        if (single === undefined) {
          set.union(escaped);
          continue;
        }
        lo = single;
      } else lo = this.src.charCodeAt(this.pos++);
      if (this.src[this.pos] === '-' && this.src[this.pos + 1] !== ']' && this.pos + 1 < this.src.length) {
        this.pos++;
        let hi: number;
        if (this.src[this.pos] === '\\') {
          const single = singleCode(this.parseEscape());
          if (single === undefined) this.fail('class range with a class escape');
          hi = single;
        } else hi = this.src.charCodeAt(this.pos++);
        if (hi < lo) this.fail('class range out of order');
        set.addRange(lo, hi);
      } else set.add(lo);
    }
    if (this.src[this.pos] !== ']') this.fail('unterminated character class', start);
    this.pos++;
    if (this.ignoreCase) set.foldCase();
    if (negate) set.complement();
    return set;
  }

  private parseEscape(): CharSet {
    const at = this.pos;
    const c = this.src[this.pos + 1];
    if (c === undefined) this.fail('trailing backslash');
    this.pos += 2;
    const set = new CharSet();
    if (/[1-9]/.test(c) || c === 'k') this.fail('backreference', at);
    if (c === 'd' || c === 'D') {
      set.addRange(48, 57);
      if (c === 'D') set.complement();
    } else if (c === 'w' || c === 'W') {
      set.addRange(48, 57);
      set.addRange(65, 90);
      set.addRange(97, 122);
      set.add(95);
      if (c === 'W') set.complement();
    } else if (c === 's' || c === 'S') {
      for (const code of [9, 10, 11, 12, 13, 32]) set.add(code);
      set.bits[4] |= 1;
      if (c === 'S') set.complement();
    } else if (c === 'b' || c === 'B') {
      return set; // zero-width: matches no character
    } else if (c === 'p' || c === 'P' || c === 'u' || c === 'x' || c === 'c') {
      // Unicode properties and code escapes: treat as any character (conservative for overlap).
      const m = /^(?:\{[^}]{1,40}\}|[0-9A-Fa-f]{2,4}|[A-Za-z])/.exec(this.src.slice(this.pos, this.pos + 42));
      if (m !== null) this.pos += m[0].length;
      return CharSet.all();
    } else {
      const code = { n: 10, r: 13, t: 9, f: 12, v: 11, '0': 0 }[c] ?? c.charCodeAt(0);
      set.add(code);
      if (this.ignoreCase) set.foldCase();
    }
    return set;
  }
}

function singleCode(set: CharSet): number | undefined {
  let found: number | undefined;
  for (let c = 0; c < 128; c++) {
    if ((set.bits[c >> 5] >>> (c & 31)) & 1) {
      if (found !== undefined) return undefined;
      found = c;
    }
  }
  return set.bits[4] === 0 ? found : undefined;
}

/**
 * Throw when `source` (with `flags`) is not a valid regular expression or could run in more than
 * linear time; the message says what is wrong and where. Called by policy validation and again
 * when the policy's patterns are compiled.
 */
export function assertSafePattern(source: string, flags = 'i'): void {
  if (!/^[imsu]*$/.test(flags) || new Set(flags).size !== flags.length) {
    throw new Error(`pattern /${source}/${flags}: flags must be among i, m, s, u, each at most once`);
  }
  if (source.length === 0 || source.length > MAX_SOURCE) {
    throw new Error(`pattern /${source.slice(0, 80)}/: length must be 1 to ${MAX_SOURCE} characters`);
  }
  try {
    new RegExp(source, flags);
  } catch (error) {
    throw new Error(
      `pattern /${source}/${flags} is not a valid regular expression: ${(error as Error).message}`,
    );
  }
  const parser = new Parser(source, flags.includes('i'));
  try {
    parser.parseAlternation(false);
  } catch (error) {
    if (error instanceof UnsafePatternError) {
      throw new Error(`pattern /${source}/${flags} is not linear-time safe: ${error.message}`);
    }
    throw error;
  }
}
