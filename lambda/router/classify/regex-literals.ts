/**
 * Literals a regular expression cannot match without: `requiredLiterals(/passport|pass no\b/)` is
 * `['passport', 'pass no']`, so a text window that holds none of them cannot match, and a context
 * lookup can skip running the expression. The answer is a necessary condition only, never
 * sufficient: callers still run the expression when a literal is present.
 *
 * Reads the JavaScript regex syntax that context words use (alternation, groups, lookarounds,
 * anchors, classes, escapes, quantifiers). Whatever it cannot prove (case-insensitive flag,
 * backreferences, unknown syntax) yields `undefined`: no shortcut, never a wrong one.
 */

/** What a piece of a pattern matches, as far as literals go. */
interface Shape {
  /** Every string the piece can match, when that set is small and known; `null` otherwise. */
  readonly exact: readonly string[] | null;
  /** Strings of which every match contains one; `null` when no such set is known. */
  readonly required: readonly string[] | null;
}

// Sets larger than this are not tracked: they would make the prefilter slower than the regex.
const MAX_EXACT = 32;
const MAX_REQUIRED = 256;
const MAX_CLASS_EXPANSION = 16;

const ZERO_WIDTH: Shape = { exact: [''], required: null };
const ANY: Shape = { exact: null, required: null };

class Unsupported extends Error {}

function literal(ch: string): Shape {
  return { exact: [ch], required: [ch] };
}

function usable(set: readonly string[] | null): set is readonly string[] {
  return set !== null && set.length > 0 && set.every((s) => s.length > 0);
}

// Any prefix of a required literal is required too; longer prefixes add little selectivity, and
// cutting them lets variants collapse ("member id", "member #", "membership no" -> "member").
const MAX_LITERAL = 6;

/** A required set in its smallest form: literals cut to `MAX_LITERAL`, none containing another. */
function compact(set: readonly string[]): string[] {
  const cut = unique(set.map((s) => s.slice(0, MAX_LITERAL)));
  return cut.filter((s) => !cut.some((t) => t !== s && s.includes(t)));
}

/** The more selective of two required sets (compacted): longer shortest literal, then fewer literals. */
function better(a: readonly string[] | null, b: readonly string[] | null): readonly string[] | null {
  if (!usable(a)) return usable(b) ? compact(b) : null;
  if (!usable(b)) return compact(a);
  const ca = compact(a);
  const cb = compact(b);
  const minA = Math.min(...ca.map((s) => s.length));
  const minB = Math.min(...cb.map((s) => s.length));
  if (minA !== minB) return minA > minB ? ca : cb;
  return ca.length <= cb.length ? ca : cb;
}

function unique(set: readonly string[]): string[] {
  return [...new Set(set)];
}

function cross(a: readonly string[], b: readonly string[]): string[] | null {
  if (a.length * b.length > MAX_EXACT) return null;
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  return unique(out);
}

class Parser {
  private pos = 0;

  constructor(
    private readonly src: string,
    private readonly unicode: boolean,
  ) {}

  parse(): Shape {
    const shape = this.alternation();
    if (this.pos !== this.src.length) throw new Unsupported();
    return shape;
  }

  private alternation(): Shape {
    const branches = [this.sequence()];
    while (this.src[this.pos] === '|') {
      this.pos++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0];
    let exact: string[] | null = [];
    let required: string[] | null = [];
    for (const b of branches) {
      exact = exact !== null && b.exact !== null ? unique([...exact, ...b.exact]) : null;
      if (exact !== null && exact.length > MAX_EXACT) exact = null;
      const own = better(b.required, b.exact);
      required = required !== null && usable(own) ? unique([...required, ...own]) : null;
      if (required !== null && required.length > MAX_REQUIRED) required = null;
    }
    return { exact, required };
  }

  private sequence(): Shape {
    let run: string[] | null = [''];
    let broken = false;
    let best: readonly string[] | null = null;
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      const term = this.term();
      best = better(best, term.required);
      const joined: string[] | null = run !== null && term.exact !== null ? cross(run, term.exact) : null;
      if (joined !== null) {
        run = joined;
        continue;
      }
      // The literal run ends here: what it collected is required, then a new run starts.
      best = better(best, run);
      broken = true;
      run = term.exact === null ? [''] : [...term.exact];
    }
    best = better(best, run);
    return { exact: broken ? null : run, required: best };
  }

  private term(): Shape {
    const atom = this.atom();
    const q = this.quantifier();
    if (q === undefined) return atom;
    const [min, max] = q;
    if (this.src[this.pos] === '?') this.pos++; // lazy: same strings
    if (min === 0) {
      const exact = max === 1 && atom.exact !== null ? unique([...atom.exact, '']) : null;
      return { exact, required: null };
    }
    let exact: string[] | null = null;
    if (min === max && atom.exact !== null) {
      exact = [''];
      for (let k = 0; k < min && exact !== null; k++) exact = cross(exact, atom.exact);
    }
    return { exact, required: better(atom.required, atom.exact) };
  }

  /** `[min, max]` of a quantifier at the cursor (consumed), or undefined. */
  private quantifier(): [number, number] | undefined {
    const c = this.src[this.pos];
    if (c === '?') return this.take(1, [0, 1]);
    if (c === '*') return this.take(1, [0, Infinity]);
    if (c === '+') return this.take(1, [1, Infinity]);
    if (c !== '{') return undefined;
    const m = /^\{([0-9]+)(,([0-9]*))?\}/.exec(this.src.slice(this.pos, this.pos + 24));
    if (m === null) {
      if (this.unicode) throw new Unsupported();
      return undefined; // a literal "{" in non-unicode patterns
    }
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    return this.take(m[0].length, [min, max]);
  }

  private take<T>(length: number, value: T): T {
    this.pos += length;
    return value;
  }

  private atom(): Shape {
    const c = this.src[this.pos];
    if (c === '(') return this.group();
    if (c === '[') return this.characterClass();
    if (c === '\\') return this.escape();
    this.pos++;
    if (c === '.') return ANY;
    if (c === '^' || c === '$') return ZERO_WIDTH;
    if (c === '*' || c === '+' || c === '?' || c === ')') throw new Unsupported();
    const code = c.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdbff && this.pos < this.src.length) {
      return literal(c + this.src[this.pos++]); // a surrogate pair is one character
    }
    return literal(c);
  }

  private group(): Shape {
    this.pos++; // (
    let lookaround = false;
    if (this.src.startsWith('?:', this.pos)) this.pos += 2;
    else if (this.src.startsWith('?=', this.pos) || this.src.startsWith('?!', this.pos)) {
      this.pos += 2;
      lookaround = true;
    } else if (this.src.startsWith('?<=', this.pos) || this.src.startsWith('?<!', this.pos)) {
      this.pos += 3;
      lookaround = true;
    } else if (this.src.startsWith('?<', this.pos)) {
      const close = this.src.indexOf('>', this.pos);
      if (close < 0) throw new Unsupported();
      this.pos = close + 1;
    } else if (this.src[this.pos] === '?') throw new Unsupported();
    const inner = this.alternation();
    if (this.src[this.pos] !== ')') throw new Unsupported();
    this.pos++;
    // A lookaround consumes nothing; what it looks at is not part of the match.
    return lookaround ? ZERO_WIDTH : inner;
  }

  private characterClass(): Shape {
    const close = this.classEnd();
    const body = this.src.slice(this.pos + 1, close);
    this.pos = close + 1;
    if (body.startsWith('^') || body.includes('\\')) return ANY;
    const members: string[] = [];
    for (let i = 0; i < body.length; i++) {
      const ch = body[i];
      if (body[i + 1] === '-' && i + 2 < body.length) {
        const from = ch.charCodeAt(0);
        const to = body.charCodeAt(i + 2);
        if (to < from || to - from + 1 + members.length > MAX_CLASS_EXPANSION) return ANY;
        for (let k = from; k <= to; k++) members.push(String.fromCharCode(k));
        i += 2;
      } else {
        const code = ch.charCodeAt(0);
        if (code >= 0xd800 && code <= 0xdfff) return ANY;
        members.push(ch);
      }
      if (members.length > MAX_CLASS_EXPANSION) return ANY;
    }
    if (members.length === 0) return ANY;
    const set = unique(members);
    return { exact: set, required: set };
  }

  /** Index of the "]" that closes the class opened at the cursor (JavaScript: the first unescaped one). */
  private classEnd(): number {
    for (let i = this.pos + 1; i < this.src.length; i++) {
      if (this.src[i] === '\\') i++;
      else if (this.src[i] === ']') return i;
    }
    throw new Unsupported();
  }

  private escape(): Shape {
    const c = this.src[this.pos + 1];
    if (c === undefined) throw new Unsupported();
    this.pos += 2;
    if (c === 'b' || c === 'B') return ZERO_WIDTH;
    if ('dDwWsS'.includes(c)) return ANY;
    if (c === 'p' || c === 'P') {
      const close = this.src.indexOf('}', this.pos);
      if (!this.unicode || this.src[this.pos] !== '{' || close < 0) throw new Unsupported();
      this.pos = close + 1;
      return ANY;
    }
    if (/[1-9k]/.test(c)) throw new Unsupported(); // backreference
    const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };
    if (c === '0' && /[0-9]/.test(this.src[this.pos] ?? '')) throw new Unsupported(); // legacy octal
    if (c in simple) return literal(simple[c]);
    if (c === 'x') return literal(this.hex(2));
    if (c === 'u') {
      if (this.src[this.pos] === '{') {
        const close = this.src.indexOf('}', this.pos);
        if (!this.unicode || close < 0) throw new Unsupported();
        const cp = parseInt(this.src.slice(this.pos + 1, close), 16);
        this.pos = close + 1;
        return literal(String.fromCodePoint(cp));
      }
      return literal(this.hex(4));
    }
    if (c === 'c') throw new Unsupported();
    return literal(c);
  }

  private hex(digits: number): string {
    const text = this.src.slice(this.pos, this.pos + digits);
    if (!new RegExp(`^[0-9a-fA-F]{${digits}}$`).test(text)) throw new Unsupported();
    this.pos += digits;
    return String.fromCharCode(parseInt(text, 16));
  }
}

/**
 * Strings of which every match of `re` contains at least one, or `undefined` when that cannot be
 * shown (then every window must be tested with the expression itself).
 */
export function requiredLiterals(re: RegExp): readonly string[] | undefined {
  // Case folding and the `v` flag's set syntax are not modelled.
  if (re.ignoreCase || re.flags.includes('v')) return undefined;
  try {
    const shape = new Parser(re.source, re.unicode).parse();
    const set = better(shape.required, shape.exact);
    return usable(set) ? set : undefined;
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}
