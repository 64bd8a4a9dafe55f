import type { CategoryId } from '../../../../../lib/policy/categories';
import type { CustomDictionary } from '../../../../../lib/policy/types';
import { normalize } from '../../normalize';
import type { Detector, ScanDoc } from '../../types';

/**
 * Organisation dictionaries (project code names, customer names) as one trie, matched in a single
 * pass over the word starts of the text: the cost is bounded by text length × longest term, however
 * many terms the policy holds. Terms are normalized like the text (NFKC, folded separators) and
 * match as whole words; a run of whitespace in the text matches one space in a term.
 */

interface Hit {
  readonly category: CategoryId;
  readonly detector: string;
}

interface TrieNode {
  readonly next: Map<number, TrieNode>;
  hits: Hit[] | undefined;
}

const SPACE = 32;

function newNode(): TrieNode {
  return { next: new Map(), hits: undefined };
}

const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;

function isWordCode(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  return NON_ASCII_WORD.test(text[i]);
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Normalize a term the way the scanned text is normalized, with whitespace runs collapsed. */
function termKey(term: string, caseSensitive: boolean): string {
  const normalized = normalize(term).text.trim().replace(/\s+/g, ' ');
  return caseSensitive ? normalized : normalized.toLowerCase();
}

class Trie {
  readonly root = newNode();
  size = 0;

  insert(key: string, hit: Hit): void {
    let node = this.root;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let child = node.next.get(c);
      if (child === undefined) node.next.set(c, (child = newNode()));
      node = child;
    }
    if (node.hits === undefined) node.hits = [];
    node.hits.push(hit);
    this.size++;
  }

  /** Report the longest whole-word term starting at each word start of `text`. */
  scan(text: string, doc: ScanDoc): void {
    for (let start = 0; start < text.length; start++) {
      if (isWordCode(text, start - 1) && isWordCode(text, start)) continue;
      let node: TrieNode | undefined = this.root;
      let i = start;
      let bestEnd = -1;
      let bestHits: Hit[] | undefined;
      while (node !== undefined && i < text.length) {
        const c = text.charCodeAt(i);
        if (isSpaceCode(c)) {
          node = node.next.get(SPACE);
          while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
        } else {
          node = node.next.get(c);
          i++;
        }
        if (node?.hits !== undefined && !(isWordCode(text, i - 1) && isWordCode(text, i))) {
          bestEnd = i;
          bestHits = node.hits;
        }
      }
      if (bestHits !== undefined) {
        for (const hit of bestHits) doc.add(hit.category, start, bestEnd, hit.detector);
      }
    }
  }
}

/** One detector for all dictionaries of a policy, or none when they hold no terms. */
export function dictionaryDetector(dictionaries: readonly CustomDictionary[]): Detector | undefined {
  const folded = new Trie();
  const exact = new Trie();
  const categories = new Set<CategoryId>();
  for (const dictionary of dictionaries) {
    const caseSensitive = dictionary.caseSensitive ?? false;
    const hit: Hit = {
      category: dictionary.category ?? 'prop.custom',
      detector: `dictionary.${dictionary.name}`,
    };
    for (const term of dictionary.terms) {
      const key = termKey(term, caseSensitive);
      if (key.length === 0) continue;
      (caseSensitive ? exact : folded).insert(key, hit);
      categories.add(hit.category);
    }
  }
  if (folded.size === 0 && exact.size === 0) return undefined;
  return {
    id: 'custom.dictionaries',
    categories: [...categories],
    scan(doc: ScanDoc): void {
      if (folded.size > 0) folded.scan(doc.lower, doc);
      if (exact.size > 0) exact.scan(doc.text, doc);
    },
  };
}
