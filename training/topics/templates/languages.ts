/** Every language the generator writes, English first. */
import type { LanguagePack } from './expand';
import { english } from './en';
import { withLongDocs } from './long-docs';
import { withMatters } from './matters-intl';
import { dutch, german, swedish } from './germanic';
import { finnish, polish } from './other';
import { french, italian, portuguese, spanish } from './romance';
import { SITUATIONS, withSituations } from './situations-intl';

export const LANGUAGES: readonly LanguagePack[] = [
  english,
  spanish,
  german,
  french,
  italian,
  portuguese,
  dutch,
  polish,
  swedish,
  finnish,
]
  .map(withMatters)
  .map(withSituations(SITUATIONS))
  .map(withLongDocs);
