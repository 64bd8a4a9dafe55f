import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** `shared/` sits beside the repository checkout (locally and in CI). */
export const SHARED_DIR = resolve(__dirname, '../../../shared');

/** Parse a JSON Lines file under shared/. */
export function readJsonl<T = Record<string, unknown>>(relativePath: string): T[] {
  return readFileSync(resolve(SHARED_DIR, relativePath), 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as T);
}

/** One text-analysis vector of the peer (Presidio) suite; see shared/peer/README.md. */
export interface PeerVector {
  readonly id: string;
  readonly entity: string;
  readonly text: string;
  readonly expected_count: number;
  readonly spans?: readonly [number, number][];
  readonly tier: 'negative' | 'strong' | 'medium' | 'weak' | 'unscored';
  readonly note?: string;
  readonly recognizer_params?: Record<string, unknown>;
}

/** Presidio entity → our category id (null when no category applies). */
export function peerEntityMap(): Record<string, string | null> {
  const doc = JSON.parse(readFileSync(resolve(SHARED_DIR, 'peer/presidio-entity-map.json'), 'utf8')) as {
    entities: Record<string, { category: string | null }>;
  };
  return Object.fromEntries(Object.entries(doc.entities).map(([k, v]) => [k, v.category]));
}

/** The peer vectors for the given Presidio entities. */
export function peerVectors(entities: readonly string[]): PeerVector[] {
  const wanted = new Set(entities);
  return readJsonl<PeerVector>('peer/presidio-vectors.jsonl').filter((v) => wanted.has(v.entity));
}
