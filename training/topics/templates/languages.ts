/** Every language the generator writes, English first. */
import type { LanguagePack } from './expand';
import { english } from './en';
import { withMatters } from './matters-intl';
import { dutch, german, swedish } from './germanic';
import { finnish, polish } from './other';
import { french, italian, portuguese, spanish } from './romance';

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
].map(withMatters);
