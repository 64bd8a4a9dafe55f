import type { CategoryId } from '../../../lib/policy/categories';

/** One detection. Offsets are into the normalized text of one scanned segment; never a value. */
export interface Finding {
  readonly category: CategoryId;
  readonly start: number;
  readonly end: number;
  /** The detector that found it, e.g. `fin.credit_card/luhn`. Used in tests and debugging only. */
  readonly detector: string;
}

/**
 * A run of ASCII digits in the normalized text, assembled across separators: single spaces,
 * dots, dashes, slashes, underscores, tabs and line breaks (up to 3 separator characters
 * between groups, e.g. " - " or "\r\n").
 */
export interface DigitRun {
  /** The digits only. */
  readonly digits: string;
  /** Offset of the first digit in the normalized text. */
  readonly start: number;
  /** Offset just after the last digit. */
  readonly end: number;
  /** Digit-group boundaries: `groupStarts[k]` is the index in `digits` where group k starts. */
  readonly groupStarts: readonly number[];
  /** Offsets in the normalized text of each digit, so a window maps back to a span. */
  readonly positions: Uint32Array;
  /**
   * Offset in the normalized text of digit `index`: `positions[index]` without building the
   * array for a run written as one group, the common case.
   */
  offsetOf(index: number): number;
  /** The separator strings between groups (`seps[k]` sits before group k+1). */
  readonly seps: readonly string[];
}

/** What every detector sees: the normalized text of one segment plus shared, cached views of it. */
export interface ScanDoc {
  /** Normalized text (see normalize.ts). */
  readonly text: string;
  /** Lower-cased normalized text, same length and offsets as `text`. */
  readonly lower: string;
  /** Digit runs, computed once per document on first use. */
  digitRuns(): readonly DigitRun[];
  /**
   * A view of the document that several detectors share (e.g. identifier candidates), computed by
   * `compute` on first use under `key` and kept for the document's lifetime.
   */
  shared<T>(key: symbol, compute: (doc: ScanDoc) => T): T;
  /**
   * True when `re` matches the lower-cased text in the window `[start - before, end + after)`.
   * Use for context words ("mrn", "dob", "passport no."). `re` must not be global/sticky.
   */
  hasContext(start: number, end: number, re: RegExp, before?: number, after?: number): boolean;
  /** Record a finding. */
  add(category: CategoryId, start: number, end: number, detector: string): void;
}

/** A detector: scans a document and reports findings through `doc.add`. Must run in linear time. */
export interface Detector {
  /** Stable id, e.g. `financial`. */
  readonly id: string;
  /** The categories it can report. */
  readonly categories: readonly CategoryId[];
  scan(doc: ScanDoc): void;
}
