import { categoriesOf } from '../../../support/detect-categories';

const has = (text: string, category: string) => categoriesOf(text).includes(category);

describe('pii.person_name', () => {
  it.each([
    ['a known given name and surname', 'Write a thank-you note to Elizabeth Brooks for covering my shifts.'],
    ['a middle initial', 'Write a congratulations note to Kayla L. Wilson on becoming team lead.'],
    [
      'a Spanish double surname',
      'Can you write a birthday message for my colleague Fernando Pérez Martínez?',
    ],
    ['a particle', 'Invite Maria de la Cruz and Pieter van der Berg to the review.'],
    ['an apostrophe', 'Forward the file to Siobhan O’Brien today.'],
    ['a Mc prefix', 'Escribe un correo a Linda McAllister para confirmar su cita.'],
    ['a hyphenated given name', 'Jean-Pierre Dubois signed the lease yesterday.'],
    ['a romanized Korean given name', 'Our new customer Jae-won Lee lives nearby.'],
    ['a Chinese name', 'Draft a letter confirming that Ming Zhang needs reduced hours.'],
    ['an Indian name', 'Can you write a short birthday message for my colleague Nikhil Mehta?'],
    ['a Nigerian name', 'The technician visit for Chinedu Obi needs to move to next week.'],
    ['a Finnish name with diacritics', 'Make a care-plan summary: Veera Järvinen, lives with her daughter.'],
    ['a possessive', "For the benefits enrollment I still need Erin Okafor's details."],
    ['a title and a surname', 'Please call Mr. Mayers back about the invoice.'],
    ['a German title', 'Sehr geehrte Frau Schneider, vielen Dank für Ihre Nachricht.'],
    ['a role word and initials', 'Patient J. Smith missed the appointment.'],
    ['a labelled field', 'Name: Shannon Turner\nPhone: on file'],
    ['capitals in a form', 'BORROWER: MARIA GARCIA'],
    ['a self-introduction with a given name', 'Hi, my name is Dan and I need help with my account.'],
    ['a rare surname followed by a personal predicate', 'Dan Bar has a bank account with us.'],
  ])('finds %s', (_label, text) => {
    expect(has(text, 'pii.person_name')).toBe(true);
  });

  it.each([
    ['a lone given name', 'Hi Sarah, can you check the build?'],
    ['a greeting to a team', 'Dear Team, please review the attached plan.'],
    ['a project code name', 'Create a Jira ticket for Project Phoenix.'],
    ['a city', 'What did the New York Times report about rents?'],
    ['a university named after a person', 'What are the admission rules at George Washington University?'],
    ['a historical figure asked about', 'Summarize the life of Albert Einstein in one paragraph.'],
    ['a pop star asked about', 'Why is Taylor Swift so popular?'],
    ['a bank named after people', 'How did Morgan Stanley do last quarter?'],
    ['a given name that is a word, before a common noun', 'What is a Grace Period on a loan?'],
    ['a given name before a heading word', 'Sponsor tiers: Diamond Sponsors and Gold Sponsors.'],
    ['a given name before a product word', 'The Alexa Skills Kit docs are out of date.'],
    ['a given name before a technical term', 'What is the Kelly Criterion?'],
    ['a place named after a person', 'Is Victoria Falls worth visiting in May?'],
    ['an empire', 'What caused the fall of the Western Roman Empire?'],
  ])('ignores %s', (_label, text) => {
    expect(has(text, 'pii.person_name')).toBe(false);
  });

  it('still reports a public figure named as a patient (role context outweighs fame)', () => {
    expect(has('Patient Albert Einstein missed his follow-up.', 'pii.person_name')).toBe(true);
  });
});

describe('pii.address', () => {
  it.each([
    ['a US street address', 'Our new customer lives at 4618 Highland Ct Suite 8D, Kansas City, MO 64146.'],
    ['a direction prefix', 'The visit at 8532 W Meadowbrook Ct needs to move.'],
    ['a UK address with postcode', 'Deliver to 92 Hawthorn Way, Bristol BS8 8AT please.'],
    ['a Spanish address', 'Please ship the replacement to Paseo de Gracia 31, 5º A, 28015 Madrid.'],
    ['an Italian address', 'Address: Corso Vittorio Emanuele 95, 50122 Firenze'],
    ['a German compound street', 'Die Lieferung geht an Hauptstraße 5, 10115 Berlin.'],
    ['a German abbreviated street', 'Bitte an Berliner Str. 12 senden.'],
    ['a Dutch street', 'Het pakket gaat naar Kalverstraat 12 in Amsterdam.'],
    ['a Swedish street', 'Skicka till Drottninggatan 53, Stockholm.'],
    ['a Finnish street', 'Osoite: Mannerheimintie 5 A, Helsinki'],
    ['a French street', 'Livrez au 12 rue de Rivoli, 75001 Paris.'],
    ['a Portuguese street', 'Entregar na Rua Augusta 100, Lisboa.'],
    ['a Polish street', 'Adres: ul. Marszałkowska 10, Warszawa'],
    ['an Indian unit line', 'Flat 208, Sai Residency, Indiranagar, Bengaluru, Karnataka 560048'],
    ['a PO box', 'Mail the form to P.O. Box 4471, Austin.'],
    ['a city, state and ZIP line', 'Ship it to Raleigh, NC 27669 by Friday.'],
    ['a UK postcode with address words', 'My address is SW1A 1AA in London.'],
    ['an address with fullwidth digits', 'He lives at ４６１８ Highland Ct, Kansas City.'],
  ])('finds %s', (_label, text) => {
    expect(has(text, 'pii.address')).toBe(true);
  });

  it.each([
    ['a bare ZIP code in a question', "What's the weather usually like in ZIP code 35469 in October?"],
    ['a ZIP code prefix', 'Which US state do ZIP codes starting with 882 belong to?'],
    ['two bare postcodes', 'From SW1A 1AA to EC1A 1BB'],
    ['a copyright line', 'Copyright (c) 2013 Gary Court'],
    ['counts of job titles', 'We need 3 Senior Engineers and 2 Product Managers.'],
    ['a version and a product', 'Chrome 126 broke our CSS grid layout on Windows 11.'],
    ['an invalid UK postcode', 'Ticket QA1 1AA is closed.'],
  ])('ignores %s', (_label, text) => {
    expect(has(text, 'pii.address')).toBe(false);
  });
});

describe('people detectors on adversarial input', () => {
  it('finish a 1 MB input of capitalized words, numbers and street words', () => {
    // GIVEN a megabyte of capitalized runs, house-number-like digits and street types without names
    const unit = 'Aaaa Bbbb Cccc 12 34 Calle 5 Straße 7 # 9 , NC 12345 SW1 Box ';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    // WHEN classified
    const started = performance.now();
    const categories = categoriesOf(text);
    console.log(`people: 1 MB adversarial input in ${(performance.now() - started).toFixed(0)} ms`);
    // THEN it completes, and no name is invented from unknown capitalized words
    expect(categories).not.toContain('pii.person_name');
  });
});

describe('pii.person_name: forms found on independent corpus samples', () => {
  it.each([
    [
      'a given name written with its accents, the list without',
      'Guest registration — Étienne Moreau — room 1207',
    ],
    [
      'a given name written without its accents, the list with',
      'Please book a table for Jerome Lefebvre tonight.',
    ],
    ['a Dutch given name', 'Maak dit korter: Joris Bakker leidt het team sinds 2019.'],
    ['a Finnish given name', 'Lähetä lasku: Liisa Korhonen, Helsinki.'],
    ['a South Asian given name', 'Summarise: Deepa Iyer joined the finance team last year.'],
    ['a Malay given name after a role word and an unknown middle name', 'Name: Nur Qistina Lim\nIC: on file'],
    ['an unknown given name and a known surname after a role word', 'Traveler: Anouska Martin, seat 14C'],
    [
      'an unknown given name and a known surname before a personal predicate',
      'Draft a letter confirming that Zorbina Tan is being treated for asthma.',
    ],
    ['a Spanish personal predicate', 'Resume: Quorra Srinivasan fue diagnosticada el mes pasado.'],
    ['a birth year in brackets', 'Shorten this: Quorra Visser (born 1950) leads the AP group.'],
    ['the Dutch "in the name of" abbreviation', 'Maak het over naar mijn rekening t.n.v. Quorra Lehtonen.'],
    ['a "care of" line', 'Ship it c/o Quorra Lindqvist, 4th floor.'],
  ])('finds %s', (_label, text) => {
    expect(has(text, 'pii.person_name')).toBe(true);
  });

  it.each([
    ['an unknown word and a surname without a role or predicate', 'Burger King opened a new store downtown.'],
    ['an unknown word and a surname before an ordinary verb', 'Zorbina Tan has a blue logo.'],
  ])('ignores %s', (_label, text) => {
    expect(has(text, 'pii.person_name')).toBe(false);
  });
});

describe('pii.address: a postcode line after a street line without a street-type word', () => {
  it.each([
    [
      'a German street with a preposition, on two lines',
      'Send the flowers to:\nFlorian Meyer\nAm Markt 101\n22767 Hamburg',
    ],
    ['a German street with an article, on one line', 'Lieferadresse: An der Alster 5, 20099 Hamburg'],
    ['an Austrian four-digit postcode', 'Sie wohnt jetzt in Schwarzenbergplatz 7, 1010 Wien.'],
    ['a Danish street after "at"', 'She lives at Vesterbrogade 12, 1620 København.'],
  ])('finds %s', (_label, text) => {
    expect(has(text, 'pii.address')).toBe(true);
  });

  it.each([
    ['a numbered heading and a count', 'Chapter 12\n10000 Leagues Under the Sea is next.'],
    ['a version and a count of tests', 'Upgrade to Node 20, 12345 Tests pass now.'],
    ['a release and a year', 'Release 5, 2024 Edition is out.'],
  ])('ignores %s', (_label, text) => {
    expect(has(text, 'pii.address')).toBe(false);
  });

  it('finishes a 1 MB input of street lines and postcodes', () => {
    const text = 'Am Markt 101\n22767 Hamburg\n'.repeat(40_000);
    const started = performance.now();
    const categories = categoriesOf(text);
    console.log(
      `people: 1 MB of street and postcode lines in ${(performance.now() - started).toFixed(0)} ms`,
    );
    expect(categories).toContain('pii.address');
  });
});

describe('pii.person_name: streets named after people', () => {
  it.each([
    [
      'an Italian street type before the name',
      'Livrez le colis à Corso Vittorio Emanuele 125, 50122 Firenze.',
    ],
    ['a lower-case French street type before the name', 'Livrez au 5 rue Victor Hugo, Paris.'],
    ['a Spanish street type before the name', 'La oficina está en Calle Juan Bravo 3, Madrid.'],
  ])('ignores %s', (_label, text) => {
    expect(has(text, 'pii.person_name')).toBe(false);
  });

  it('still finds a person after the English preposition "via"', () => {
    expect(has('The contract was sent via John Smith yesterday.', 'pii.person_name')).toBe(true);
  });
});
