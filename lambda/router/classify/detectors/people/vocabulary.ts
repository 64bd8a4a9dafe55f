/** Words around person names: honorifics, role words, and capitalized words that are not names. */

/** Honorifics and titles (without the trailing period) in the covered languages. */
export const TITLES: ReadonlySet<string> = new Set(
  `Mr Mrs Ms Miss Mx Dr Prof Professor Sir Dame Lord Lady Rev Fr Hon Capt Sgt Lt Col Gen Judge
   Herr Frau Fräulein Sr Sra Srta Señor Señora Señorita Don Doña Dª Dña M Mme Mlle Monsieur Madame Me
   Sig Signor Signora Signorina Dott Dottor Dottore Dottoressa Avv Ing Dhr Mevr Mevrouw Meneer Pan Pani
   Hr Fru Herra Rouva Sr. Senhor Senhora Dona Shri Smt Sri Kumari`.split(/\s+/),
);

/** Suffixes written after a name. */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set([
  'Jr',
  'Sr',
  'II',
  'III',
  'IV',
  'PhD',
  'MD',
  'Esq',
]);

/** Lower-case particles inside names: "van der Berg", "de la Cruz", "bin Rashid". */
export const PARTICLES: ReadonlySet<string> = new Set(
  `van von der den de del della delle dei degli di da das dos do du des la le lo ten ter te zu zur y e
   bin binti bint ibn al el ben af av`.split(/\s+/),
);

/**
 * Capitalized words that end a candidate as an organisation, place, product or heading rather than
 * a person ("George Washington University", "Victoria Station", "Jordan River", "Grace Period").
 */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set(
  `University College School Academy Institute Institution Hospital Clinic Center Centre Foundation Trust
   Bank Group Inc Corp Corporation LLC Ltd Limited GmbH AG SA SAS BV NV Plc Company Co Partners Associates
   Capital Holdings Labs Lab Technologies Technology Systems Solutions Software Services Service Airlines
   Airways Air Motors Pharma Pharmaceuticals Health Healthcare Insurance Hotel Resort Restaurant Cafe
   Street Road Avenue Boulevard Lane Drive Court Place Way Terrace Square Plaza Highway Parkway
   River Lake Mountain Mountains Mount Beach Island Islands Bay Valley Falls Canyon Forest Desert Sea Ocean
   City County State Province Republic Kingdom Airport Station Bridge Tower Building Hall Stadium Arena
   Museum Gallery Library Theatre Theater Church Cathedral Temple Mosque Memorial Monument Castle Palace
   Team Project Program Programme Initiative Plan Report Review Update Summary Meeting Committee Council
   Board Department Office Division Unit Agency Ministry Commission Authority Association Society Club
   Day Week Month Year Award Prize Cup Festival Conference Summit Act Law Rule Rules Theorem Effect Method
   Algorithm Test Protocol Syndrome Disease Index Fund Prime Pro Max Plus Mini Ultra Edition Series Line
   Policy Guide Manual Handbook Template Form Agreement Contract Treaty Doctrine Principle Model Framework
   Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
   August September October November December Christmas Easter Eve Morning Evening Night Period Street
   English Spanish German French Italian Portuguese Dutch Polish Swedish Finnish Chinese Japanese Korean
   Empire Union Army Navy Force War Wars Revolution Dynasty Era Age Coast Peninsula Basin Canal Channel
   Strait Gulf Harbor Harbour Port Region Territory Federation Alliance League Church Crown Cross
   Team Everyone All Sir Madam Colleagues Customer Customers Client Sirs Friends Hi Hello Dear Thanks`.split(
    /\s+/,
  ),
);

/** Role words right before a name make a capitalized pair a person ("patient Xu Obi", "Payee: …"). */
export const ROLE_WORDS: ReadonlySet<string> = new Set(
  `patient pt employee colleague coworker co-worker teammate manager supervisor beneficiary payee payer
   recipient sender cardholder holder candidate applicant customer client tenant landlord resident member
   student pupil driver passenger traveler traveller guest insured policyholder subscriber claimant
   defendant plaintiff witness victim suspect contractor consultant doctor nurse physician provider
   attorney lawyer counsel name contact attn attention dear signed sincerely regards signature owner
   taxpayer borrower debtor creditor prescriber referrer
   paciente empleado empleada cliente inquilino inquilina destinatario titular beneficiario beneficiaria
   nombre patientin mitarbeiter mitarbeiterin kunde kundin mieter mieterin empfänger empfängerin inhaber
   inhaberin kontoinhaber kontoinhaberin karteninhaber salarié salariée employé employée locataire
   bénéficiaire titulaire nom dipendente paziente intestatario nome funcionário funcionária medewerker
   patiënt klant huurder naam rekeninghouder pracownik pracownica pacjent pacjentka klient najemca
   anställd kund hyresgäst namn potilas työntekijä asiakas vuokralainen nimi`.split(/\s+/),
);

/** Two-word roles ("account holder", "my brother"): the last two words before a name. */
export const ROLE_PHRASES: ReadonlySet<string> = new Set([
  'staff member',
  'direct report',
  'account holder',
  'full name',
  'legal name',
  'patient name',
  'employee name',
  'customer name',
  'approved by',
  'prepared by',
  'requested by',
  'assigned to',
  'submitted by',
  'referred by',
  'signed by',
  ...`mother father mom mum dad brother sister son daughter wife husband partner friend neighbor neighbour
     boss uncle aunt cousin grandmother grandfather grandma grandpa nephew niece colleague`
    .split(/\s+/)
    .map((kin) => `my ${kin}`),
]);

/** Self-introductions before a single given name: "my name is Dan", "je m'appelle Léa". */
export const SELF_INTRODUCTION_BEFORE =
  /(?:my name is|my name's|i am called|call me|me llamo|mi nombre es|ich heiße|ich heisse|mein name ist|je m'appelle|mon nom est|mi chiamo|il mio nome è|meu nome é|chamo-me|mijn naam is|ik heet|nazywam się|mam na imię|jag heter|mitt namn är|nimeni on)\s{1,2}$/;
