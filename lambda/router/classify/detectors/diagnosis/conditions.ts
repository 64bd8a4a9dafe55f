/**
 * Medical conditions, lower case: named conditions in English with the most common ones in the
 * other covered languages, and word endings that name conditions (-itis, -emia, -oma …).
 */
const NAMED = `
diabetes|type 1 diabetes|type 2 diabetes|gestational diabetes|prediabetes|hypertension|high blood pressure
|hypotension|hyperlipidemia|high cholesterol|heart failure|congestive heart failure|coronary artery disease
|atrial fibrillation|arrhythmia|angina|myocardial infarction|heart attack|stroke|transient ischemic attack
|cardiomyopathy|hypertensive heart disease|peripheral artery disease|deep vein thrombosis|pulmonary embolism
|asthma|copd|chronic obstructive pulmonary disease|emphysema|chronic bronchitis|pneumonia|tuberculosis
|cystic fibrosis|pulmonary fibrosis|sleep apnea|obstructive sleep apnea|covid-19|long covid
|cancer|breast cancer|lung cancer|non-small cell lung cancer|small cell lung cancer|prostate cancer
|colorectal cancer|colon cancer|pancreatic cancer|ovarian cancer|cervical cancer|skin cancer|melanoma
|leukemia|leukaemia|acute myeloid leukemia|chronic lymphocytic leukemia|lymphoma|hodgkin lymphoma
|non-hodgkin lymphoma|diffuse large b-cell lymphoma|multiple myeloma|glioblastoma|sarcoma|carcinoma
|adenocarcinoma|pancreatic adenocarcinoma|mesothelioma|metastatic|metastases|brain tumor|brain tumour
|hiv|aids|hepatitis|hepatitis b|hepatitis c|chronic hepatitis b|cirrhosis|fatty liver disease|crohn's disease
|crohn disease|ulcerative colitis|irritable bowel syndrome|celiac disease|coeliac disease|gerd|peptic ulcer
|chronic kidney disease|kidney failure|renal failure|end-stage renal disease|kidney stones|dialysis
|rheumatoid arthritis|osteoarthritis|psoriatic arthritis|gout|lupus|systemic lupus erythematosus
|multiple sclerosis|relapsing-remitting multiple sclerosis|amyotrophic lateral sclerosis|als|parkinson's disease
|parkinson's|parkinsons|alzheimer's disease|alzheimer's|alzheimers|dementia|epilepsy|seizure disorder|migraine
|chronic migraine|cerebral palsy|muscular dystrophy|huntington's disease|myasthenia gravis|neuropathy
|fibromyalgia|chronic fatigue syndrome|endometriosis|polycystic ovary syndrome|pcos|infertility
|hypothyroidism|hyperthyroidism|hashimoto's|graves' disease|addison's disease|cushing's syndrome
|osteoporosis|scoliosis|sickle cell disease|sickle cell anemia|thalassemia|hemophilia|anemia|anaemia
|depression|major depressive disorder|clinical depression|postpartum depression|bipolar disorder|bipolar
|schizophrenia|schizoaffective disorder|generalized anxiety disorder|anxiety disorder|panic disorder
|ptsd|post-traumatic stress disorder|ocd|obsessive-compulsive disorder|adhd|autism|autism spectrum disorder
|anorexia|anorexia nervosa|bulimia|eating disorder|substance use disorder|alcohol use disorder|alcoholism
|opioid use disorder|addiction|borderline personality disorder|psychosis|dyslexia|down syndrome
|glaucoma|macular degeneration|cataracts|hearing loss|tinnitus|psoriasis|eczema|atopic dermatitis|rosacea
|shingles|herpes|chlamydia|gonorrhea|syphilis|hpv|lyme disease|malaria|sepsis|meningitis|obesity
|morbid obesity|celiac|sjögren's syndrome|scleroderma|vasculitis|sarcoidosis|ankylosing spondylitis
|diabetes mellitus|diabète|diabetes tipo 2|cáncer|cáncer de mama|cancer du sein|krebs|brustkrebs|lungenkrebs
|cancro|tumore|câncer|kanker|rak|syöpä|cancer de pulmón|esclerosis múltiple|multiple sklerose
|sclérose en plaques|sclerosi multipla|esclerose múltipla|hipertensión|bluthochdruck|hypertension artérielle
|ipertensione|hipertensão|depresión|depression|dépression|depressione|depressão|depressie|masennus
|esquizofrenia|schizophrenie|schizophrénie|schizofrenia|esquizofrenia|epilepsia|epilepsie|epilessia
|hipotiroidismo|hipertiroidismo|hypothyreose|hypothyroïdie|ipotiroidismo|hipotireoidismo|demencia|demenz|démence|demenza|alzheimer|diabete|suikerziekte|cukrzyca|diabetes typ 2|diabète de type 2`;

export const NAMED_CONDITIONS: readonly string[] = NAMED.split('|')
  .map((s) => s.trim())
  .filter(Boolean);

/** Word endings of condition names, with the everyday words that share them. */
export const CONDITION_SUFFIX = /^[a-z]{3,}(?:itis|aemia|emia|pathy|osis|omas?|plegia|trophy|algia)$/;
export const NOT_CONDITIONS: ReadonlySet<string> = new Set(
  `diploma diplomas aroma aromas coma stoma soma empathy sympathy apathy antipathy telepathy homeopathy
   osteopathy naturopathy diagnosis prognosis osmosis symbiosis hypnosis apotheosis metamorphosis
   gnosis thrombosis trophy atrophy nostalgia chromas`.split(/\s+/),
);

/** Generic heads: "<something> syndrome", "<organ> failure", "<site> cancer". */
export const CONDITION_HEADS =
  /(?:syndrome|disease|disorder|cancer|carcinoma|deficiency|failure|infection|insufficiency|palsy|dystrophy|tumou?r)$/;
