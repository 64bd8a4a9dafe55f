/** Situations for every non-English language the generator writes. */
import type { SituationSpec } from './spec';
import { de } from './de';
import { es } from './es';
import { fi } from './fi';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';
import { pl } from './pl';
import { pt } from './pt';
import { sv } from './sv';

export const SITUATIONS: readonly SituationSpec[] = [es, de, fr, it, pt, nl, pl, sv, fi];
export { withSituations } from './banks';
