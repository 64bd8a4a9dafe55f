/** A span of the (confusable- and look-alike-folded) text to replace with `text` in the view. */
export interface Rewrite {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}
