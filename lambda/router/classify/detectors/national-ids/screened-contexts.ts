/**
 * One screen for the context words of every identifier rule (national ids, health ids, documents,
 * birth dates). Each rule set registers its context regexes at module load and gets a bit; per
 * candidate cluster, one regex run over the widest window any of them reads says which contexts
 * cannot match there (see context-screen.ts), and the result is shared by all rule sets, so a
 * cluster is screened once rather than once per detector.
 */
import { ContextScreen, MAX_SCREENED_CONTEXTS } from '../../context-screen';
import type { ScanDoc } from '../../types';
import type { IdCluster } from './id-spans';

const contexts: RegExp[] = [];
let screen: ContextScreen | undefined;
let reachBefore = 0;
let reachAfter = 0;

/**
 * Registers a context regex read `before`/`after` characters around a cluster; returns its bit, or
 * 0 when the screen is full (such a context is then never ruled out). Call at module load, before
 * any document is scanned: a window registered later would not be covered by cached screens.
 */
export function screenContext(re: RegExp, before: number, after: number): number {
  let index = contexts.indexOf(re);
  if (index < 0) {
    if (contexts.length >= MAX_SCREENED_CONTEXTS) return 0;
    index = contexts.push(re) - 1;
    screen = undefined;
  }
  reachBefore = Math.max(reachBefore, before);
  reachAfter = Math.max(reachAfter, after);
  return 1 << index;
}

const SCREENS = Symbol('context screen per identifier cluster');

/** False only when the context of `bit` cannot match anywhere around `cluster`. */
export function contextPossible(doc: ScanDoc, cluster: IdCluster, bit: number): boolean {
  if (bit === 0) return true;
  const masks = doc.shared(SCREENS, () => new Map<IdCluster, number>());
  let mask = masks.get(cluster);
  if (mask === undefined) {
    screen ??= new ContextScreen(contexts);
    const from = Math.max(0, cluster.start - reachBefore);
    const to = Math.min(doc.lower.length, cluster.end + reachAfter);
    mask = screen.possible(doc.lower.slice(from, to));
    masks.set(cluster, mask);
  }
  return (mask & bit) !== 0;
}
