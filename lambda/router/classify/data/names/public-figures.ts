/**
 * Names of widely known public figures and of companies and places named after people. Asking
 * about "Marie Curie" or "Morgan Stanley" as general knowledge discloses nobody's personal data.
 * Lower case, first and last word of the name.
 */
export const WELL_KNOWN_NAMES: ReadonlySet<string> = new Set(
  `abraham lincoln|george washington|thomas jefferson|john adams|benjamin franklin|alexander hamilton
  |theodore roosevelt|franklin roosevelt|eleanor roosevelt|john kennedy|martin king|barack obama|michelle obama
  |donald trump|joe biden|kamala harris|hillary clinton|bill clinton|george bush|ronald reagan|jimmy carter
  |richard nixon|winston churchill|margaret thatcher|tony blair|boris johnson|angela merkel|emmanuel macron
  |vladimir putin|nelson mandela|mahatma gandhi|mohandas gandhi|jawaharlal nehru|indira gandhi|narendra modi
  |mao zedong|xi jinping|napoleon bonaparte|julius caesar|cleopatra|queen elizabeth|king charles|princess diana
  |albert einstein|isaac newton|marie curie|pierre curie|charles darwin|nikola tesla|thomas edison|galileo galilei
  |stephen hawking|ada lovelace|alan turing|grace hopper|richard feynman|niels bohr|max planck|carl sagan
  |sigmund freud|carl jung|florence nightingale|louis pasteur|alexander fleming|gregor mendel|dmitri mendeleev
  |leonardo vinci|michelangelo buonarroti|vincent gogh|pablo picasso|claude monet|frida kahlo|salvador dali
  |rembrandt rijn|johannes vermeer|andy warhol|wolfgang mozart|ludwig beethoven|johann bach|frederic chopin
  |william shakespeare|jane austen|charles dickens|mark twain|ernest hemingway|george orwell|virginia woolf
  |leo tolstoy|fyodor dostoevsky|franz kafka|gabriel marquez|miguel cervantes|victor hugo|oscar wilde
  |agatha christie|stephen king|jk rowling|j rowling|toni morrison|maya angelou|emily dickinson|edgar poe
  |karl marx|adam smith|john keynes|milton friedman|aristotle|plato|socrates|confucius|immanuel kant
  |friedrich nietzsche|rene descartes|jean sartre|simone beauvoir|martin luther|joan arc|marco polo
  |christopher columbus|neil armstrong|buzz aldrin|yuri gagarin|amelia earhart|rosa parks|harriet tubman
  |frederick douglass|malcolm x|mother teresa|pope francis|dalai lama|elon musk|jeff bezos|bill gates
  |steve jobs|steve wozniak|mark zuckerberg|warren buffett|tim cook|satya nadella|sundar pichai|larry page
  |sergey brin|jensen huang|sam altman|oprah winfrey|taylor swift|beyonce knowles|michael jackson|elvis presley
  |john lennon|paul mccartney|freddie mercury|david bowie|bob dylan|bob marley|madonna ciccone|lady gaga
  |ed sheeran|adele adkins|rihanna fenty|justin bieber|kanye west|kim kardashian|tom hanks|tom cruise
  |brad pitt|angelina jolie|leonardo dicaprio|meryl streep|morgan freeman|denzel washington|will smith
  |marilyn monroe|charlie chaplin|audrey hepburn|steven spielberg|alfred hitchcock|walt disney
  |michael jordan|lebron james|serena williams|venus williams|roger federer|rafael nadal|novak djokovic
  |lionel messi|cristiano ronaldo|diego maradona|usain bolt|muhammad ali|tiger woods|simone biles
  |michael phelps|wayne gretzky|babe ruth|pele nascimento|greta thunberg|malala yousafzai|anne frank
  |david attenborough|jane goodall|noam chomsky|jordan peterson
  |morgan stanley|goldman sachs|wells fargo|charles schwab|johnson johnson|ernst young|marks spencer
  |procter gamble|harley davidson|rolls royce|mercedes benz|louis vuitton|ralph lauren|calvin klein
  |tommy hilfiger|hugo boss|estee lauder|jack daniels|johnnie walker|ben jerry|dolce gabbana|victoria beckham
  |david beckham|john deere|walt disney|james webb|edwin hubble|george lucas|george michael|elton john
  |santa claus|santa clara|santa monica|santa barbara|san francisco|san diego|san jose|san antonio
  |saint louis|los angeles|las vegas|st louis|st paul|mary magdalene|jesus christ|john baptist`
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean),
);
