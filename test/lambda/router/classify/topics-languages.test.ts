import { TOPIC_CATEGORIES, type TopicCategoryId } from '../../../../lib/policy/categories';
import { DEFAULT_POLICY } from '../../../../lib/policy/defaults';
import { scoreTopics } from '../../../../lambda/router/classify/topics';

const flagged = (text: string) => {
  const scores = scoreTopics(text);
  return TOPIC_CATEGORIES.filter((t) => scores[t] >= DEFAULT_POLICY.topics.thresholds[t]);
};

// Written for this test; not in training/topics/*.jsonl nor in the evaluation corpus.
const INTERNAL_MATTERS: readonly [string, TopicCategoryId, string][] = [
  [
    'es',
    'topic.healthcare',
    'El paciente de la cama 9 tiene la saturación en 86 y no contesta el médico de guardia. Escribe el aviso.',
  ],
  [
    'es',
    'topic.hr',
    'Tenemos que despedir al encargado del turno de tarde por acoso a una compañera. Prepara la carta.',
  ],
  [
    'de',
    'topic.legal',
    'Ein Kunde hat uns wegen des Datenlecks verklagt und fordert 40.000 Euro. Fasse unsere Verteidigung zusammen.',
  ],
  [
    'fr',
    'topic.financial',
    'Nos ventes du semestre sont 14 % sous le budget et ce n’est pas encore publié. Rédige la note pour le conseil.',
  ],
  [
    'pt',
    'topic.healthcare',
    'A doente do quarto 5 caiu esta noite e bateu com a cabeça. Escreve o relatório do incidente.',
  ],
  [
    'nl',
    'topic.financial',
    'We verwachten dit kwartaal een verlies van 2 miljoen; dat is nog niet bekend. Schrijf de memo voor de raad van bestuur.',
  ],
  [
    'pl',
    'topic.legal',
    'Kontrahent pozwał naszą spółkę o zapłatę kary umownej. Przygotuj notatkę dla zarządu.',
  ],
  [
    'sv',
    'topic.healthcare',
    'Patienten på sal 8 har fått feber efter operationen och såret läcker. Skriv rapporten till nattpersonalen.',
  ],
  ['fi', 'topic.hr', 'Varaston työntekijä on ollut luvatta poissa kolme kertaa; kirjoita hänelle varoitus.'],
];

const GENERAL_QUESTIONS: readonly [string, string][] = [
  ['es', '¿Qué es un despido improcedente y cuánto se paga de indemnización?'],
  ['de', 'Was ist der Unterschied zwischen Umsatz und Gewinn?'],
  ['fr', 'Quels sont les symptômes de la grippe ?'],
  ['it', 'Come funziona un arbitrato internazionale?'],
  ['pt', 'O que é o período experimental num contrato?'],
  ['nl', 'Wat is een goede manier om feedback te geven aan collega’s?'],
  ['pl', 'Co to jest stopa procentowa?'],
  ['sv', 'Hur fungerar en blodtransfusion?'],
  ['fi', 'Mitä tarkoittaa tuloslaskelma?'],
];

const LONG_BENIGN_DOCUMENTS: readonly [string, string][] = [
  [
    'en',
    'Summarize this newsletter for the team channel:\n\nStudio News\n\nOur offsite in Lyon has a budget of $22,000 for 35 people, including the train, two nights and a cooking class. Daily active users reached 48,000, up 9% on the previous quarter. Release 7.2 fixes the export bug and cuts memory use by a third. The quarterly hackathon budget is $1,500 for pizza and prizes. Costs for the shared test servers fell by $900 a month after we scheduled nightly shutdowns. Please book your desk for the all-hands on Tuesday.',
  ],
  [
    'es',
    'Traduce al inglés este resumen de la reunión:\n\nActa de la reunión de producto\n\nEl presupuesto para la comida de equipo de verano es de 1.200 euros. Las descargas de la aplicación crecieron un 15 % en el trimestre. El coste de los servidores de pruebas bajó 700 euros al mes. La próxima versión saldrá el día 20 con el nuevo buscador. Quedan tres incidencias abiertas del sprint anterior.',
  ],
  [
    'de',
    'Korrigiere bitte Rechtschreibung und Stil:\n\nRundbrief März\n\nFür die Weihnachtsfeier planen wir 60 Euro pro Person ein. Die Ladezeit der Startseite sank um 35 %. Im ersten Quartal haben 1.400 neue Kunden die App installiert. Die Kosten für die Testumgebung sind um 10 % gesunken. Das nächste Teamfrühstück ist am Freitag.',
  ],
];

describe('topics outside English', () => {
  test.each(INTERNAL_MATTERS)('flags an internal matter in %s as %s: %s', (_lang, topic, text) => {
    expect(flagged(text)).toContain(topic);
  });

  test.each(GENERAL_QUESTIONS)('does not flag a general question in %s: %s', (_lang, text) => {
    expect(flagged(text)).toEqual([]);
  });
});

describe('long benign documents', () => {
  test.each(LONG_BENIGN_DOCUMENTS)(
    'does not flag a newsletter or meeting notes with budgets and metrics (%s)',
    (_lang, text) => {
      // GIVEN a document that talks about money and percentages without any internal matter
      // WHEN it is scored
      // THEN no topic reaches its threshold
      expect(flagged(text)).toEqual([]);
    },
  );
});
