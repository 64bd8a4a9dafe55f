/**
 * Long benign documents as negatives: newsletters, digests, release notes, meeting notes with
 * numbers, offsite budgets and product metrics, wrapped in summarize, rewrite and translate
 * requests, in several languages. Their money and percentage words ("budget", "costs", "quarter")
 * are everyday team news, not a financial matter, and the model has to see that in bulk: one
 * strong word in a window of routine text is no evidence of an internal matter.
 */
import type { Bank, LanguagePack, Slots } from './expand';

interface DocSpec {
  readonly title: readonly string[];
  readonly ask: readonly string[];
  readonly sentence: readonly string[];
  readonly count: number;
}

const DOCS: Readonly<Record<string, DocSpec>> = {
  en: {
    count: 420,
    title: [
      'Team Newsletter',
      'Release Notes 5.3',
      'Weekly Digest',
      'Offsite Planning',
      'Product Metrics Review',
      'Sprint Demo Notes',
      'Facilities Update',
    ],
    ask: [
      'Summarize this in three bullet points:',
      'Rewrite this so it reads more smoothly:',
      'Translate this into Spanish:',
      'Shorten this for the intranet:',
      'What are the action items here?',
      'Proofread this before I send it:',
      'Turn this into a short email to the team:',
      'Give this a catchy title:',
    ],
    sentence: [
      'The team offsite in Porto has a budget of $18,000 for 30 people, covering the hotel, two dinners and a boat tour.',
      'Weekly active users grew 6% month over month, and the median session is now 11 minutes.',
      'Release 5.3 adds bulk editing, fixes the date picker on Safari and cuts cold-start time by 40%.',
      'Our cloud bill for the test environments dropped by about $2,400 a month after we turned off idle clusters.',
      'Attendance at the lunch-and-learn series averaged 45 people, up from 30 last quarter.',
      'The support team closed 1,180 tickets in March with a satisfaction score of 4.7 out of 5.',
      'The holiday party budget is $60 per person; please RSVP by the 12th so we can book the venue.',
      'Conversion on the pricing page rose from 2.8% to 3.3% after the new layout went live.',
      'We replaced 120 laptops this quarter and the old ones go to a local school.',
      'The marketing team spent $4,500 on the trade-fair booth and collected 300 leads.',
      'Page load time on mobile is down to 1.9 seconds, from 2.6 seconds in January.',
      'Sprint 42 closed 37 of 40 stories; the remaining three move to the next sprint.',
      'The new coffee machines cost $3,200 in total and should pay for themselves in a year of fewer café runs.',
      'The app store rating climbed to 4.6 after the crash fix in version 5.2.1.',
      'The training budget for each engineer stays at $1,500 per year for books, courses and conferences.',
      'Meeting notes: the roadmap review moves to Thursday, design will share mock-ups on Monday, and QA needs two more days.',
      'Email open rates for the customer newsletter averaged 38%, and clicks doubled on the tutorial section.',
      'The office move to the fifth floor is planned for the last weekend of the month; boxes arrive on Wednesday.',
      'Our carbon footprint from business travel fell 22% compared with last year.',
      'The hackathon prize budget is $2,000, split between the three winning teams.',
      'Onboarding completion rose to 81% after we shortened the signup form to three fields.',
      'The data team migrated 14 dashboards to the new BI tool and retired the old reporting server.',
      'The volunteering program logged 640 hours this year across nine charities.',
      'We renewed the design tool licences for 25 seats at the same price as last year.',
      'The API now answers 99.95% of requests within 300 ms, and error rates stayed under 0.1%.',
      'The summer intern cohort has 12 students, and each team should plan a starter project.',
      'Costs for the quarterly team dinner came in $300 under the estimate thanks to the group menu.',
      'The beta of the offline mode reached 2,000 testers; the most requested feature is sync conflict hints.',
    ],
  },
  es: {
    count: 110,
    title: ['Boletín del equipo', 'Notas de la versión 2.8', 'Resumen semanal', 'Reunión de producto'],
    ask: [
      'Resume este texto en tres puntos:',
      'Reescribe esto con un tono más cercano:',
      'Traduce al inglés:',
      'Corrige la ortografía:',
      '¿Cuáles son las tareas pendientes?',
    ],
    sentence: [
      'El presupuesto de la salida de equipo a Segovia es de 6.000 euros para 25 personas.',
      'Los usuarios activos semanales crecieron un 7 % respecto al mes anterior.',
      'La versión 2.8 añade el modo oscuro y reduce el tiempo de carga a la mitad.',
      'El equipo de soporte cerró 950 tickets en abril con una valoración media de 4,5.',
      'La cena de Navidad tendrá un presupuesto de 45 euros por persona.',
      'La conversión de la página de precios pasó del 2,5 % al 3,1 %.',
      'Hemos cambiado 80 portátiles este trimestre y los antiguos se donan a un colegio.',
      'La factura de la nube de los entornos de prueba bajó unos 1.800 euros al mes.',
      'El sprint 18 cerró 29 de 32 historias; las otras tres pasan al siguiente.',
      'La valoración de la aplicación subió a 4,6 tras corregir el fallo de inicio.',
      'La mudanza a la tercera planta será el último fin de semana del mes.',
      'El programa de voluntariado sumó 400 horas este año.',
    ],
  },
  de: {
    count: 110,
    title: ['Team-Newsletter', 'Release Notes 3.4', 'Wochenrückblick', 'Protokoll Produktrunde'],
    ask: [
      'Fasse das in drei Punkten zusammen:',
      'Formuliere das flüssiger:',
      'Übersetze das ins Englische:',
      'Korrigiere Rechtschreibung und Grammatik:',
      'Welche Aufgaben ergeben sich daraus?',
    ],
    sentence: [
      'Das Budget für den Teamausflug an den Bodensee liegt bei 7.500 Euro für 30 Personen.',
      'Die wöchentlich aktiven Nutzer sind im Vergleich zum Vormonat um 5 % gestiegen.',
      'Version 3.4 bringt den Dunkelmodus und halbiert die Ladezeit der Startseite.',
      'Der Support hat im Mai 1.020 Tickets geschlossen, die Zufriedenheit liegt bei 4,6.',
      'Für die Weihnachtsfeier stehen 50 Euro pro Person zur Verfügung.',
      'Die Konversionsrate der Preisseite stieg von 2,4 % auf 3,0 %.',
      'Wir haben in diesem Quartal 90 Laptops ersetzt; die alten gehen an eine Schule.',
      'Die Cloud-Kosten der Testumgebungen sinken um rund 2.000 Euro im Monat.',
      'Sprint 27 hat 33 von 36 Stories abgeschlossen.',
      'Die App-Bewertung ist nach dem Absturz-Fix auf 4,7 gestiegen.',
      'Der Umzug in den vierten Stock ist für das letzte Wochenende im Monat geplant.',
      'Das Ehrenamtsprogramm kam dieses Jahr auf 520 Stunden.',
    ],
  },
  fr: {
    count: 110,
    title: ['Lettre d’information', 'Notes de version 4.1', 'Récap de la semaine', 'Compte rendu produit'],
    ask: [
      'Fais-en trois points clés :',
      'Reformule pour que ce soit plus fluide :',
      'Traduis en anglais :',
      'Corrige les fautes :',
      'Quelles sont les actions à mener ?',
    ],
    sentence: [
      'Le budget du séminaire d’équipe à Annecy est de 9 000 euros pour 35 personnes.',
      'Les utilisateurs actifs hebdomadaires ont progressé de 6 % sur un mois.',
      'La version 4.1 ajoute le mode sombre et divise par deux le temps de chargement.',
      'Le support a clôturé 870 tickets en juin avec une satisfaction de 4,4 sur 5.',
      'Le budget du repas de fin d’année est de 55 euros par personne.',
      'Le taux de conversion de la page tarifs est passé de 2,2 % à 2,9 %.',
      'Nous avons remplacé 70 ordinateurs ce trimestre ; les anciens vont à une association.',
      'La facture cloud des environnements de test baisse d’environ 1 500 euros par mois.',
      'Le sprint 12 a livré 26 histoires sur 30.',
      'La note de l’application est remontée à 4,5 après la correction du bug.',
      'Le déménagement au deuxième étage aura lieu le dernier week-end du mois.',
      'Le programme de bénévolat a totalisé 380 heures cette année.',
    ],
  },
  it: {
    count: 90,
    title: [
      'Newsletter del team',
      'Note di rilascio 2.5',
      'Riepilogo settimanale',
      'Verbale riunione prodotto',
    ],
    ask: [
      'Riassumi in tre punti:',
      'Riscrivi in modo più scorrevole:',
      'Traduci in inglese:',
      'Correggi gli errori:',
      'Quali sono le azioni da fare?',
    ],
    sentence: [
      'Il budget per l’offsite del team a Verona è di 5.000 euro per 20 persone.',
      'Gli utenti attivi settimanali sono cresciuti del 4 % rispetto al mese scorso.',
      'La versione 2.5 aggiunge la modalità scura e dimezza i tempi di caricamento.',
      'L’assistenza ha chiuso 760 ticket a marzo con una soddisfazione di 4,5.',
      'La cena aziendale di Natale ha un budget di 40 euro a persona.',
      'Il tasso di conversione della pagina prezzi è salito dal 2,1 % al 2,7 %.',
      'Abbiamo sostituito 60 portatili in questo trimestre.',
      'Il costo del cloud per gli ambienti di test scende di circa 1.200 euro al mese.',
      'Lo sprint 9 ha completato 24 storie su 27.',
      'Il trasloco al quarto piano è previsto per l’ultimo fine settimana del mese.',
    ],
  },
  pt: {
    count: 80,
    title: ['Newsletter da equipa', 'Notas da versão 1.9', 'Resumo semanal'],
    ask: [
      'Resume em três pontos:',
      'Reescreve de forma mais fluida:',
      'Traduz para inglês:',
      'Corrige os erros:',
    ],
    sentence: [
      'O orçamento do encontro da equipa em Évora é de 4.000 euros para 20 pessoas.',
      'Os utilizadores ativos semanais cresceram 5 % face ao mês anterior.',
      'A versão 1.9 traz o modo escuro e reduz o tempo de arranque em 30 %.',
      'O apoio ao cliente fechou 640 pedidos em maio com uma avaliação de 4,6.',
      'O jantar de Natal tem um orçamento de 35 euros por pessoa.',
      'A taxa de conversão da página de preços subiu de 1,9 % para 2,4 %.',
      'Trocámos 50 portáteis neste trimestre.',
      'A mudança para o terceiro piso será no último fim de semana do mês.',
    ],
  },
  nl: {
    count: 80,
    title: ['Teamnieuwsbrief', 'Releasenotes 6.0', 'Weekoverzicht'],
    ask: [
      'Vat dit samen in drie punten:',
      'Herschrijf dit wat vlotter:',
      'Vertaal naar het Engels:',
      'Verbeter de spelling:',
    ],
    sentence: [
      'Het budget voor de teamdag in Zeeland is 3.500 euro voor 25 mensen.',
      'Het aantal wekelijks actieve gebruikers steeg met 6 % ten opzichte van vorige maand.',
      'Versie 6.0 voegt een donkere modus toe en laadt twee keer zo snel.',
      'De klantenservice sloot in april 700 tickets met een waardering van 4,4.',
      'Voor de kerstborrel is 30 euro per persoon beschikbaar.',
      'De conversie op de prijspagina ging van 2,0 % naar 2,6 %.',
      'We hebben dit kwartaal 40 laptops vervangen.',
      'De verhuizing naar de vijfde verdieping staat gepland voor het laatste weekend van de maand.',
    ],
  },
};

/** Foreign requests over an English document, as people paste a newsletter and ask in their language. */
const FOREIGN_ASKS_OVER_ENGLISH = [
  'Resume este texto en dos frases:',
  'Fasse den folgenden Text zusammen:',
  'Résume ce texte :',
  'Riassumi questo testo:',
  'Vat deze tekst kort samen:',
  'Streść ten tekst:',
  'Sammanfatta texten:',
  'Tiivistä tämä teksti:',
];

const TEMPLATES = [
  '{ld_ask}\n\n{ld_title}\n\n{ld_s} {ld_s} {ld_s}\n\n{ld_s} {ld_s} {ld_s}',
  '{ld_ask}\n{ld_title}\n\n{ld_s} {ld_s} {ld_s} {ld_s} {ld_s} {ld_s} {ld_s} {ld_s}',
  '{ld_title}\n\n{ld_s} {ld_s} {ld_s} {ld_s}\n\n{ld_s} {ld_s}\n\n{ld_ask}',
  '{ld_ask}\n\n- {ld_s}\n- {ld_s}\n- {ld_s}\n- {ld_s}\n- {ld_s}',
];

const ENGLISH_ONLY = ['{ld_foreign_ask}\n{ld_title}\n\n{ld_s} {ld_s} {ld_s} {ld_s} {ld_s} {ld_s}'];

/** `pack` with long benign documents in its language (unchanged for a language without them). */
export function withLongDocs(pack: LanguagePack): LanguagePack {
  const docs = DOCS[pack.lang];
  if (!docs) return pack;
  const slots: Slots = {
    ld_title: docs.title,
    ld_ask: docs.ask,
    ld_s: docs.sentence,
    ld_foreign_ask: FOREIGN_ASKS_OVER_ENGLISH,
  };
  const templates = pack.lang === 'en' ? [...TEMPLATES, ...ENGLISH_ONLY] : TEMPLATES;
  const bank: Bank = { name: 'long-docs-benign', labels: [], count: docs.count, templates };
  return { ...pack, slots: { ...pack.slots, ...slots }, banks: [...pack.banks, bank] };
}
