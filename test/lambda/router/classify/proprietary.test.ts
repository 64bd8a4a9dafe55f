import { categoriesOf } from '../../../support/detect-categories';

const marked = (text: string) => categoriesOf(text).includes('prop.marker');

describe('prop.marker', () => {
  it.each([
    ['a header line', 'CONFIDENTIAL\nQ3 pricing proposal: raise the Team plan to $15 per seat.'],
    ['a classification label', 'Classification: RESTRICTED\nHiring plan for H2.'],
    [
      'a marking in parentheses',
      'Summarize this doc (marked Company Confidential – Do Not Distribute): cost breakdown.',
    ],
    [
      'strictly confidential in capitals',
      'Summarize this doc (marked STRICTLY CONFIDENTIAL): go-to-market plan.',
    ],
    ['an internal-only banner', 'Internal – not for external sharing\n\nRoadmap H2: usage-based pricing.'],
    [
      'attorney work product',
      'Attorney Work Product — prepared at the direction of counsel.\nList the open questions.',
    ],
    ['an email disclaimer', 'This email and any attachments are confidential and may be privileged.'],
    [
      'a proprietary notice',
      'The following source is proprietary to Acme Corp — do not paste outside the company.',
    ],
    ['internal use only', 'For internal use only: draft org chart.'],
    ['under NDA', 'Shared under NDA: the supplier price list.'],
    ['German', 'STRENG VERTRAULICH – Übernahmepläne für 2026'],
    ['French', 'Ce document est strictement confidentiel.'],
    ['Spanish', 'Documento confidencial: solo para uso interno.'],
    ['Italian', 'Riservato\nPiano industriale 2026'],
    ['Dutch', 'Strikt vertrouwelijk: herstructurering team Noord.'],
  ])('finds %s', (_label, text) => {
    expect(marked(text)).toBe(true);
  });

  it.each([
    ['a question about a technology', 'What does confidential computing mean?'],
    [
      'quoted classification words',
      'What is the difference between "confidential", "internal" and "public" in a policy?',
    ],
    ['a quoted footer text', 'Add a generic "Privileged & Confidential" footer option to our Word template.'],
    ['a question about a phrase', 'What does "internal use only" mean on a document?'],
    ['a generic NDA template', 'Draft a generic mutual NDA template with placeholders like [PARTY A].'],
    ['restricted in ordinary prose', 'Access to the lab is restricted on weekends.'],
    ['an internal team in prose', 'How do I structure an internal wiki for a small team?'],
    ['a trade secret question', 'What is a trade secret under US law?'],
    ['a code constant', 'Set INTERNAL_BUFFER_SIZE to 4096 in config.h'],
  ])('ignores %s', (_label, text) => {
    expect(marked(text)).toBe(false);
  });

  it('finishes a 1 MB adversarial input of marker words in quotes and questions', () => {
    // GIVEN a megabyte of quoted markers and questions about them
    const unit = 'What is "confidential"? "internal only" "do not distribute" restricted internal NDA ';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    // WHEN classified
    const started = performance.now();
    const found = marked(text);
    console.log(`proprietary: 1 MB adversarial input in ${(performance.now() - started).toFixed(0)} ms`);
    // THEN it completes; the run is talk about markings, not a marking
    expect(found).toBe(false);
  });
});
