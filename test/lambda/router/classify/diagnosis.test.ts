import { categoriesOf } from '../../../support/detect-categories';

const diagnosed = (text: string) => categoriesOf(text).includes('phi.diagnosis');

describe('phi.diagnosis', () => {
  it.each([
    [
      'a named person with a condition',
      'My brother Haoran Zhang has relapsing-remitting multiple sclerosis. What should we ask?',
    ],
    [
      'a colleague just diagnosed',
      'Guillaume Martin on my team was just diagnosed with chronic hepatitis B.',
    ],
    [
      'a patient with an ICD-10 code',
      'Patient Megan S. Parker (diffuse large B-cell lymphoma, ICD-10 C83.30) missed two visits.',
    ],
    ['a treatment letter', 'Draft a letter confirming that Laura Henderson is being treated for epilepsy.'],
    [
      'a care-plan line',
      'Make a care-plan summary: Veera Järvinen, sickle cell disease, lives with her daughter.',
    ],
    ['a form field', 'CMS-1500 (excerpt)\n21. Diagnosis: schizophrenia'],
    ['a bare diagnosis code with its label', 'Dx: E11.9, follow up in 3 months'],
    ['a relative without a name', 'My mother has type 2 diabetes and keeps missing her insulin.'],
    ['a third person', 'She was recently diagnosed with endometriosis and needs time off.'],
    ['a condition named by its ending', 'The patient presents with acute pancreatitis.'],
    ['a Spanish statement', 'David Bennett fue diagnosticado con hipotiroidismo el mes pasado.'],
    // First person: the caller is authenticated, so "I have X" ties a condition to a known person.
    [
      'a first-person diagnosis',
      'I was diagnosed with non-small cell lung cancer last month — what should I eat?',
    ],
    [
      'a first-person condition via a doctor',
      'My doctor says I have pancreatic adenocarcinoma. What does that mean?',
    ],
    ['a first-person diagnosis noun', 'Since my atrial fibrillation diagnosis I get tired at work.'],
  ])('finds %s', (_label, text) => {
    expect(diagnosed(text)).toBe(true);
  });

  it.each([
    ['a symptoms question', 'What are the symptoms of diabetes?'],
    ['a treatment question', 'How is celiac disease treated in children?'],
    ['a statistics question', 'How common is multiple sclerosis in Scandinavia?'],
    ['a hypothetical first person', 'If I have high blood pressure, can I drink coffee?'],
    ['a generic patient', 'How do I explain a cancer diagnosis to a patient?'],
    ['patients in general', 'Patients with asthma should carry an inhaler.'],
    ['a blank template', 'Create a blank patient intake form template with fields for medical history.'],
    [
      'everyday words with medical endings',
      'Her diploma shows empathy and a great prognosis for the diagnosis module.',
    ],
    ['an ICD-shaped code without a label', 'Room E11 is booked; gate C50 opens at 9.'],
  ])('ignores %s', (_label, text) => {
    expect(diagnosed(text)).toBe(false);
  });

  it('finishes a 1 MB adversarial input of conditions with no person', () => {
    // GIVEN a megabyte of condition words, medical endings and labels without values
    const unit =
      'diabetes disease disorder syndrome itis osis Diagnosis ICD-10 patients cancer cancer cancer. ';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    // WHEN classified
    const started = performance.now();
    const found = diagnosed(text);
    console.log(`diagnosis: 1 MB adversarial input in ${(performance.now() - started).toFixed(0)} ms`);
    // THEN it completes and no one is diagnosed
    expect(found).toBe(false);
  });
});

describe('phi.diagnosis: own condition with a qualifier holding a digit', () => {
  it.each([
    ['"type 2" and a trailing word', 'Since my type 2 diabetes mellitus diagnosis I get tired at work.'],
    ['"stage 3" before the condition', 'my stage 3 breast cancer treatment starts on Monday'],
  ])('given %s, reports phi.diagnosis', (_form, text) => {
    expect(diagnosed(text)).toBe(true);
  });

  it('given a general question about the same condition, does not report phi.diagnosis', () => {
    expect(diagnosed('What are the symptoms of type 2 diabetes mellitus?')).toBe(false);
  });
});
