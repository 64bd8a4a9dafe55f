/**
 * The template language of the training-set generator:
 * - `{slot}` is replaced by a random filler of that slot, itself expanded (fillers nest);
 * - `{^slot}` does the same and upper-cases the first letter;
 * - `[a|b|c]` picks one alternative (alternatives may hold slots, not brackets);
 * - `{core}` in a frame marks where the example's sentence goes;
 * - a backslash makes the next character literal (`\\[` for a bracket in a code snippet).
 */

export type Random = () => number;
export type Slots = Readonly<Record<string, readonly string[]>>;

/** Where a frame holds the example; replaced after the frame is expanded. */
export const CORE = '\u0000';

/** A set of templates drawn `count` times (fewer when they run out of distinct texts). */
export interface Bank {
  readonly name: string;
  /** Topic ids every example of the bank carries; empty for negatives. */
  readonly labels: readonly string[];
  readonly count: number;
  readonly templates: readonly string[];
}

export interface LanguagePack {
  readonly lang: string;
  /** Fillers shared by every bank of the language. */
  readonly slots: Slots;
  /** Wrappers around an example (greetings, emails, length or tone requests); `{core}` is the example. */
  readonly frames: readonly string[];
  /** Unrelated business sentences placed before or after an example. */
  readonly context: readonly string[];
  readonly banks: readonly Bank[];
}

export function expand(template: string, slots: Slots, random: Random, depth = 0): string {
  if (depth > 8) throw new Error(`template nests too deep: ${template}`);
  let out = '';
  let i = 0;
  while (i < template.length) {
    const ch = template[i];
    if (ch === '\\') {
      out += template[i + 1] ?? '';
      i += 2;
    } else if (ch === '{') {
      const close = template.indexOf('}', i);
      let name = template.slice(i + 1, close);
      const capitalize = name.startsWith('^');
      if (capitalize) name = name.slice(1);
      let value: string;
      if (name === 'core') value = CORE;
      else {
        const fillers = slots[name];
        if (!fillers || fillers.length === 0) throw new Error(`unknown slot {${name}} in: ${template}`);
        value = expand(fillers[Math.floor(random() * fillers.length)], slots, random, depth + 1);
      }
      out += capitalize ? value.charAt(0).toUpperCase() + value.slice(1) : value;
      i = close + 1;
    } else if (ch === '[') {
      const close = template.indexOf(']', i);
      const options = template.slice(i + 1, close).split('|');
      out += expand(options[Math.floor(random() * options.length)], slots, random, depth + 1);
      i = close + 1;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}
