/**
 * More internal matters in the other nine languages: whole sentences, each a different situation
 * (a resident who stopped eating, a dispute with a landlord, a loss forecast, a warning for
 * lateness), written the way a colleague would type them, plus general questions in the same
 * words as negatives. Added to each language pack next to its compact templates.
 */
import type { Bank, LanguagePack } from './expand';

interface Matters {
  readonly healthcare: readonly string[];
  readonly legal: readonly string[];
  readonly financial: readonly string[];
  readonly hr: readonly string[];
  /** General questions and everyday work in the same words (negatives). */
  readonly general: readonly string[];
}

const MATTERS: Readonly<Record<string, Matters>> = {
  es: {
    healthcare: [
      'Nuestro paciente diabético dejó la insulina y ayer ingresó con cetoacidosis. Redacta el informe.',
      'Prepara la derivación a neurología para la paciente de {n} años con cefaleas y visión doble.',
      'La residente de la habitación {n} se cayó otra vez esta noche; redacta el parte de incidencias.',
      'Al paciente de urgencias le dieron el alta sin revisar la analítica y ha vuelto peor.',
      'La aseguradora rechazó la resonancia de nuestro paciente con dolor lumbar; redacta la reclamación.',
      'Notas de la visita: varón de {n} años, tos y fiebre de cinco días, crepitantes en la base derecha.',
    ],
    legal: [
      'El arrendador nos reclama {amount} por daños en el local. Prepara nuestra respuesta.',
      'La agencia de protección de datos nos pide explicaciones por una brecha de seguridad.',
      'Resume para el consejo el estado del arbitraje con el socio de la empresa conjunta.',
      'Recibimos un requerimiento judicial para entregar los correos del equipo de ventas.',
      'Redacta la nota interna para conservar los documentos del pleito con {company}.',
      'Un competidor dice que nuestra marca nueva infringe la suya. ¿Cómo respondemos?',
    ],
    financial: [
      'Aún no lo hemos anunciado: el trimestre cierra con pérdidas de {amount}. Prepara la nota para el consejo.',
      'Estamos negociando la compra de {company}; resume la valoración para el comité de inversiones.',
      'El siniestro del cliente por el incendio del almacén parece inflado; redacta la carta de decisión.',
      'Tenemos caja para siete meses si no cerramos la ronda. Resume las opciones para el consejo.',
      'Vamos a deteriorar el fondo de comercio de la última adquisición este trimestre.',
    ],
    hr: [
      'Escribe la carta de despido para el repartidor que falsificó los partes de horas.',
      'Una empleada denunció acoso de su jefe de equipo; planifica la investigación.',
      'Prepara la evaluación anual de {first}: no llegó a los objetivos pero ayuda mucho al equipo.',
      'El encargado de la tienda llega tarde casi cada semana; redacta la amonestación.',
      '{first} vuelve de una baja larga y pide adaptar su horario. ¿Qué le ofrecemos?',
      'Tenemos que elegir a dos personas del equipo de soporte para el despido colectivo.',
      'Redacta la oferta para la candidata a jefa de producto con un salario de {amount}.',
    ],
    general: [
      '¿Qué es un despido objetivo y cómo se calcula la indemnización?',
      '¿Cuáles son los síntomas de la neumonía?',
      'Explica cómo funciona un arbitraje comercial.',
      '¿Qué es el fondo de comercio en contabilidad?',
      'Dame consejos para una evaluación de desempeño justa.',
      '¿Cómo se prepara una entrevista de trabajo?',
      'Escribe un artículo sobre la prevención de caídas en personas mayores.',
      '¿Qué diferencia hay entre una demanda civil y una penal?',
    ],
  },
  de: {
    healthcare: [
      'Die Bewohnerin in Zimmer {n} isst seit drei Tagen kaum noch; schreib die Übergabe für den Nachtdienst.',
      'Schreib die Überweisung an die Kardiologie für die {n}-jährige Patientin mit Herzrasen.',
      'Herr {surname} ist heute Nacht aus dem Bett gestürzt; bitte den Sturzbericht vorbereiten.',
      'Die Krankenkasse lehnt die Reha für unseren Patienten ab; formuliere den Widerspruch.',
      'Entlassungsbrief: Patient, {n} Jahre, Herzinsuffizienz, Diuretika angepasst, Kontrolle in zwei Wochen.',
      'Auf Station wurde einem Patienten das falsche Insulin gegeben. Schreib die Meldung.',
    ],
    legal: [
      'Der Vermieter verklagt uns auf {amount} Schadenersatz. Fasse unsere Position für die Geschäftsführung zusammen.',
      'Ein ehemaliger Händler fordert Provisionen nach Vertragsende; bereite unsere Antwort vor.',
      'Die Datenschutzbehörde prüft unseren Vorfall mit den Kundendaten. Entwirf die Stellungnahme.',
      'Wir haben eine Abmahnung wegen unseres neuen Logos erhalten. Wie reagieren wir?',
      'Bitte eine Aufbewahrungsanordnung für alle E-Mails zum Streit mit {company} formulieren.',
      'Das Schiedsverfahren mit dem Joint-Venture-Partner beginnt im Herbst. Fasse unser Risiko zusammen.',
      'Ein Kunde droht mit Klage, weil unsere Software ausgefallen ist.',
    ],
    financial: [
      'Noch nicht veröffentlicht: Der Umsatz im {quarter} liegt {pct} unter Plan. Bereite die Vorlage für den Aufsichtsrat vor.',
      'Wir verhandeln vertraulich über den Kauf von {company}; fasse die Bewertung zusammen.',
      'Unsere interne Planung für {year} sieht einen Verlust von {amount} vor.',
      'Der Schaden des Versicherungsnehmers nach dem Hagel wirkt überhöht; schreib den Bescheid.',
      'Die Liquidität reicht nur noch bis zum Sommer, wenn die Finanzierungsrunde scheitert.',
      'Wir schreiben die Beteiligung an der Tochtergesellschaft in diesem Quartal ab.',
    ],
    hr: [
      'Schreib die Kündigung für den Lagermitarbeiter, der Ware mitgenommen hat.',
      'Eine Mitarbeiterin beschwert sich über Belästigung durch ihren Teamleiter. Plane die Untersuchung.',
      'Bereite das Jahresgespräch mit {first} vor: Ziele verfehlt, aber sehr engagiert.',
      '{first} kommt nach langer Krankheit zurück; wir brauchen einen Wiedereingliederungsplan.',
      'Formuliere die Abmahnung für den Fahrer, der zweimal ohne Entschuldigung gefehlt hat.',
      'Der Betriebsrat muss der Versetzung von {first} zustimmen; bereite die Anhörung vor.',
    ],
    general: [
      'Was ist eine Abmahnung im Arbeitsrecht?',
      'Wie läuft ein Schiedsverfahren ab?',
      'Was sind typische Symptome einer Lungenentzündung?',
      'Wie berechnet man die Eigenkapitalquote?',
      'Gib mir Tipps für ein gutes Mitarbeitergespräch.',
      'Was macht ein Betriebsrat?',
      'Schreib einen Artikel über Sturzprävention im Alter.',
      'Was ist der Unterschied zwischen Kündigung und Aufhebungsvertrag?',
    ],
  },
  fr: {
    healthcare: [
      'La résidente de la chambre {n} ne mange plus depuis trois jours ; rédige les transmissions de nuit.',
      'Prépare le courrier d’adressage en neurologie pour la patiente de {n} ans qui a des vertiges.',
      'Mme {surname} est tombée cette nuit ; il faut déclarer l’événement indésirable.',
      'La mutuelle refuse la prise en charge du fauteuil roulant de notre patient ; rédige le recours.',
      'Notes de consultation : homme de {n} ans, essoufflement, œdèmes des chevilles, BNP élevé.',
    ],
    legal: [
      'Le bailleur nous réclame {amount} pour des travaux ; prépare notre réponse.',
      'La CNIL nous interroge après la fuite de données clients. Rédige notre réponse.',
      'Résume pour le comité de direction l’arbitrage avec notre partenaire.',
      'La partie adverse a refusé notre offre transactionnelle ; quelle stratégie pour l’audience ?',
      'Un concurrent nous accuse de contrefaçon de marque. Comment répondre à la mise en demeure ?',
      'Rédige la note de conservation des documents liés au litige avec {company}.',
    ],
    financial: [
      'Pas encore publié : le chiffre d’affaires du {quarter} est {pct} sous le budget. Prépare la note au conseil.',
      'Nous négocions en toute confidentialité le rachat de {company} ; résume la valorisation.',
      'Notre prévision interne pour {year} annonce une perte de {amount}.',
      'Le sinistre du client après l’incendie semble surévalué ; rédige la lettre de décision.',
      'Nous allons déprécier la filiale italienne ce trimestre.',
    ],
    hr: [
      'Rédige la lettre de licenciement du magasinier qui a volé de la marchandise.',
      'Une salariée dénonce le harcèlement de son manager ; organise l’enquête interne.',
      'Prépare l’entretien annuel de {first} : objectifs manqués mais très bon esprit d’équipe.',
      'Le chauffeur est encore arrivé en retard ; rédige l’avertissement.',
      '{first} reprend après un long arrêt maladie et demande un mi-temps thérapeutique.',
    ],
    general: [
      'Qu’est-ce qu’une rupture conventionnelle ?',
      'Comment fonctionne un arbitrage commercial ?',
      'Quels sont les symptômes d’une pneumonie ?',
      'Comment calcule-t-on le besoin en fonds de roulement ?',
      'Donne-moi des conseils pour mener un entretien annuel.',
      'Écris un article sur la prévention des chutes chez les seniors.',
      'Quelle est la différence entre un avertissement et un blâme ?',
    ],
  },
  it: {
    healthcare: [
      'Il nostro paziente diabetico ha sospeso l’insulina ed è stato ricoverato ieri. Prepara la relazione.',
      'Scrivi l’impegnativa per la cardiologia per la paziente di {n} anni con palpitazioni.',
      'Il signor {surname} è caduto stanotte dal letto; compila la segnalazione dell’evento.',
      'La TAC del nostro paziente mostra una recidiva. Aiutami a preparare il colloquio con la famiglia.',
      'Lettera di dimissione: paziente di {n} anni, polmonite, antibiotico per sette giorni.',
    ],
    legal: [
      'Il locatore ci chiede {amount} di danni; prepara la nostra risposta.',
      'Il Garante privacy chiede spiegazioni sulla violazione dei dati dei clienti.',
      'Un concorrente sostiene che il nostro marchio viola il suo. Come rispondiamo alla diffida?',
      'Riassumi per il consiglio lo stato dell’arbitrato con il socio.',
    ],
    financial: [
      'Non ancora comunicato: il fatturato del {quarter} è {pct} sotto il budget. Prepara la nota per il CdA.',
      'Stiamo trattando in via riservata l’acquisizione di {company}; riassumi la valutazione.',
      'La previsione interna per il {year} indica una perdita di {amount}.',
      'Il sinistro del cliente per l’allagamento sembra gonfiato; scrivi la lettera di liquidazione.',
    ],
    hr: [
      'Scrivi la lettera di licenziamento per il magazziniere che ha falsificato le presenze.',
      'Una dipendente ha segnalato molestie dal suo responsabile; pianifica l’indagine interna.',
      'Prepara il colloquio con {first}, che ha rifiutato due volte i turni del weekend.',
      'Il cassiere arriva sempre in ritardo; scrivi il richiamo disciplinare.',
      '{first} rientra dopo una lunga malattia e chiede il part-time.',
    ],
    general: [
      'Che cos’è un richiamo disciplinare?',
      'Come funziona un arbitrato commerciale?',
      'Quali sono i sintomi della polmonite?',
      'Come si calcola il margine operativo?',
      'Dammi consigli per un colloquio di valutazione efficace.',
      'Scrivi un articolo sulla prevenzione delle cadute negli anziani.',
    ],
  },
  pt: {
    healthcare: [
      'O nosso doente diabético parou a insulina e foi internado ontem. Prepara o relatório.',
      'Escreve o pedido de consulta de cardiologia para a doente de {n} anos com palpitações.',
      'O senhor {surname} caiu da cama esta noite; preenche a notificação do incidente.',
      'A biópsia da nossa paciente é maligna e ela ainda não sabe. Ajuda-me a preparar a conversa.',
      'O plano de saúde negou a ressonância do nosso paciente; redige o recurso.',
    ],
    legal: [
      'O senhorio exige {amount} por danos na loja; prepara a nossa resposta.',
      'A autoridade de proteção de dados pede explicações sobre a fuga de dados dos clientes.',
      'Um concorrente diz que a nossa nova marca viola a dele. Como respondemos?',
      'Resume para a administração o estado da arbitragem com o parceiro.',
    ],
    financial: [
      'Ainda não divulgado: a receita do {quarter} ficou {pct} abaixo do orçamento. Prepara a nota para o conselho.',
      'Estamos a negociar em sigilo a compra da {company}; resume a avaliação.',
      'A previsão interna para {year} aponta para um prejuízo de {amount}.',
      'O sinistro do cliente pelo incêndio parece inflacionado; escreve a carta de decisão.',
    ],
    hr: [
      'Escreve a carta de despedimento do operador de armazém que falsificou as horas.',
      'Uma colaboradora denunciou assédio do chefe de equipa; planeia a investigação.',
      'Prepara a avaliação anual da {first}: falhou os objetivos mas ajuda muito a equipa.',
      'O motorista voltou a chegar atrasado; redige a advertência.',
      'A {first} regressa de uma baixa longa e pede horário reduzido.',
    ],
    general: [
      'O que é um despedimento por justa causa?',
      'Como funciona uma arbitragem comercial?',
      'Quais são os sintomas de uma pneumonia?',
      'Como se calcula a margem bruta?',
      'Dá-me dicas para uma boa avaliação de desempenho.',
      'Escreve um artigo sobre a prevenção de quedas em idosos.',
    ],
  },
  nl: {
    healthcare: [
      'Onze diabetespatiënt is gestopt met insuline en werd gisteren opgenomen. Schrijf het verslag.',
      'Schrijf de verwijzing naar de cardioloog voor de patiënte van {n} jaar met hartkloppingen.',
      'Mevrouw {surname} is vannacht gevallen; vul de incidentmelding in.',
      'De zorgverzekeraar weigert de revalidatie van onze patiënt; schrijf het bezwaar.',
    ],
    legal: [
      'De verhuurder eist {amount} schadevergoeding; bereid ons antwoord voor.',
      'De Autoriteit Persoonsgegevens vraagt uitleg over het datalek bij onze klanten.',
      'Een concurrent stelt dat ons nieuwe logo inbreuk maakt op zijn merk. Hoe reageren we?',
      'Vat voor de directie de stand van de arbitrage met onze partner samen.',
    ],
    financial: [
      'Nog niet bekend: de omzet in {quarter} ligt {pct} onder het budget. Bereid de notitie voor de raad van commissarissen voor.',
      'We onderhandelen vertrouwelijk over de overname van {company}; vat de waardering samen.',
      'Onze interne prognose voor {year} laat een verlies van {amount} zien.',
      'De schadeclaim van de verzekerde na de brand lijkt opgeblazen; schrijf de beslissingsbrief.',
    ],
    hr: [
      'Schrijf de ontslagbrief voor de magazijnmedewerker die goederen heeft meegenomen.',
      'Een medewerkster meldt intimidatie door haar teamleider; plan het onderzoek.',
      'Bereid het beoordelingsgesprek met {first} voor: doelen niet gehaald, wel erg betrokken.',
      'De chauffeur was weer te laat; schrijf de officiële waarschuwing.',
      '{first} komt terug na lang ziekteverzuim en vraagt om minder uren.',
    ],
    general: [
      'Wat is een officiële waarschuwing in het arbeidsrecht?',
      'Hoe werkt arbitrage bij een handelsgeschil?',
      'Wat zijn de symptomen van een longontsteking?',
      'Hoe bereken je de brutomarge?',
      'Geef me tips voor een goed beoordelingsgesprek.',
      'Schrijf een artikel over valpreventie bij ouderen.',
    ],
  },
  pl: {
    healthcare: [
      'Nasz pacjent z cukrzycą odstawił insulinę i wczoraj trafił do szpitala. Przygotuj opis.',
      'Córka pana {surname} chce zobaczyć dokumentację medyczną ojca. Co jej odpowiemy?',
      'Napisz skierowanie do kardiologa dla pacjentki w wieku {n} lat z kołataniem serca.',
      'Pan {surname} spadł w nocy z łóżka; wypełnij zgłoszenie zdarzenia niepożądanego.',
      'NFZ odmówił refundacji rehabilitacji naszego pacjenta; napisz odwołanie.',
    ],
    legal: [
      'Wynajmujący żąda od nas {amount} odszkodowania; przygotuj naszą odpowiedź.',
      'Były dystrybutor pozwał nas za wcześniejsze rozwiązanie umowy.',
      'UODO pyta o wyciek danych naszych klientów. Przygotuj stanowisko.',
      'Konkurent twierdzi, że nasz nowy znak narusza jego prawa. Jak odpowiadamy na wezwanie?',
      'Podsumuj dla zarządu stan arbitrażu ze wspólnikiem.',
    ],
    financial: [
      'Jeszcze nieogłoszone: przychody w {quarter} są {pct} poniżej budżetu. Przygotuj notatkę dla rady nadzorczej.',
      'Poufnie negocjujemy przejęcie {company}; podsumuj wycenę.',
      'Nasza wewnętrzna prognoza na {year} pokazuje stratę {amount}.',
      'Szkoda zgłoszona przez klienta po pożarze wygląda na zawyżoną; napisz decyzję.',
    ],
    hr: [
      'Napisz wypowiedzenie dla magazyniera, który fałszował listę obecności.',
      'Pracownica zgłosiła molestowanie przez kierownika zespołu; zaplanuj postępowanie wyjaśniające.',
      'Przygotuj ocenę roczną dla {first}: cele niezrealizowane, ale duże zaangażowanie.',
      'Kierowca znowu się spóźnił; napisz upomnienie.',
      '{first} wraca po długim zwolnieniu lekarskim i prosi o niepełny etat.',
    ],
    general: [
      'Czym jest kara upomnienia w prawie pracy?',
      'Jak działa arbitraż handlowy?',
      'Jakie są objawy zapalenia płuc?',
      'Jak obliczyć marżę brutto?',
      'Daj mi wskazówki do dobrej rozmowy oceniającej.',
      'Napisz artykuł o zapobieganiu upadkom u seniorów.',
    ],
  },
  sv: {
    healthcare: [
      'Vår diabetespatient slutade ta insulin och lades in i går. Skriv journalanteckningen.',
      'Dottern till herr {surname} vill läsa sin pappas journal. Vad svarar vi?',
      'Skriv remissen till kardiologen för patienten, {n} år, med hjärtklappning.',
      'Fru {surname} föll ur sängen i natt; skriv avvikelserapporten.',
    ],
    legal: [
      'Hyresvärden kräver {amount} i skadestånd; förbered vårt svar.',
      'Integritetsskyddsmyndigheten frågar om dataläckan hos våra kunder.',
      'En konkurrent hävdar att vår nya logga gör intrång i deras varumärke.',
    ],
    financial: [
      'Inte offentligt än: omsättningen i {quarter} ligger {pct} under budget. Förbered underlaget till styrelsen.',
      'Vi förhandlar i hemlighet om att köpa {company}; sammanfatta värderingen.',
      'Vår interna prognos för {year} visar en förlust på {amount}.',
    ],
    hr: [
      'Skriv uppsägningen för lagerarbetaren som tog varor.',
      'En medarbetare anmäler trakasserier från sin chef; planera utredningen.',
      'Förbered medarbetarsamtalet med {first}: målen nåddes inte men stort engagemang.',
      'Chauffören kom för sent igen; skriv den skriftliga varningen.',
      '{first} kommer tillbaka efter lång sjukskrivning och vill gå ner i tid.',
    ],
    general: [
      'Vad är en skriftlig varning i arbetsrätten?',
      'Hur fungerar skiljeförfarande?',
      'Vilka är symtomen på lunginflammation?',
      'Hur räknar man ut bruttomarginal?',
      'Ge mig tips för ett bra medarbetarsamtal.',
    ],
  },
  fi: {
    healthcare: [
      'Diabetespotilaamme lopetti insuliinin ja joutui eilen sairaalaan. Kirjoita tapahtumaselvitys.',
      'Kirjoita lähete kardiologille {n}-vuotiaalle potilaalle, jolla on sydämentykytystä.',
      'Rouva {surname} kaatui yöllä sängystä; täytä vaaratapahtumailmoitus.',
      'Potilaamme koepala on pahanlaatuinen eikä hän tiedä vielä. Auta valmistelemaan keskustelu.',
    ],
    legal: [
      'Vuokranantaja vaatii meiltä {amount} vahingonkorvausta; valmistele vastauksemme.',
      'Tietosuojavaltuutettu kysyy asiakkaidemme tietovuodosta.',
      'Kilpailija väittää, että uusi logomme loukkaa sen tavaramerkkiä.',
    ],
    financial: [
      'Ei vielä julkista: {quarter}:n liikevaihto jäi {pct} budjetista. Valmistele muistio hallitukselle.',
      'Neuvottelemme luottamuksellisesti {company}n ostosta; tiivistä arvonmääritys.',
      'Sisäinen ennusteemme vuodelle {year} näyttää {amount} tappiota.',
    ],
    hr: [
      'Kirjoita irtisanomisilmoitus varastotyöntekijälle, joka vei tavaraa.',
      'Työntekijä ilmoitti esihenkilönsä häirinnästä; suunnittele selvitys.',
      'Valmistele kehityskeskustelu {first}n kanssa: tavoitteet jäivät, mutta sitoutuminen on hyvä.',
      'Kuljettaja myöhästyi taas; kirjoita kirjallinen varoitus.',
      '{first} palaa pitkältä sairauslomalta ja haluaa lyhentää työaikaa.',
    ],
    general: [
      'Mikä on kirjallinen varoitus työoikeudessa?',
      'Miten välimiesmenettely toimii?',
      'Mitkä ovat keuhkokuumeen oireet?',
      'Miten bruttokate lasketaan?',
      'Anna vinkkejä hyvään kehityskeskusteluun.',
    ],
  },
};

const POSITIVES_PER_TOPIC = 40;
const GENERAL_NEGATIVES = 40;

/** `pack` with its language's extra matters appended as banks (unchanged when it has none). */
export function withMatters(pack: LanguagePack): LanguagePack {
  const matters = MATTERS[pack.lang];
  if (!matters) return pack;
  const banks: Bank[] = [
    {
      name: 'healthcare-matters',
      labels: ['topic.healthcare'],
      count: POSITIVES_PER_TOPIC,
      templates: matters.healthcare,
    },
    { name: 'legal-matters', labels: ['topic.legal'], count: POSITIVES_PER_TOPIC, templates: matters.legal },
    {
      name: 'financial-matters',
      labels: ['topic.financial'],
      count: POSITIVES_PER_TOPIC,
      templates: matters.financial,
    },
    { name: 'hr-matters', labels: ['topic.hr'], count: POSITIVES_PER_TOPIC, templates: matters.hr },
    { name: 'general-matters', labels: [], count: GENERAL_NEGATIVES, templates: matters.general },
  ];
  return { ...pack, banks: [...pack.banks, ...banks] };
}
