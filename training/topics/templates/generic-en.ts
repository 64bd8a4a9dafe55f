/**
 * English negatives with no field at all, or a field's words in public or routine use: arithmetic
 * and statistics, numbers in code and data, text to summarize or translate, agent transcripts,
 * long benign documents, and routine office work that names HR, legal or finance teams without
 * touching anyone's case. They teach the model what "nothing to see" looks like, so that a
 * topic's weight has to come from the matter itself.
 */
import type { Bank, Slots } from './expand';

export const genericSlots: Slots = {
  a: ['2', '3', '7', '9', '12', '15', '21', '48'],
  b: ['17', '36', '42', '120', '365', '1,250', '8.5'],
  series: [
    '14, 19, 13, 18, 40',
    '3, 8, 8, 14, 21',
    '31, 66, 70, 5, 58',
    '5.2, 6.1, 4.9, 7.3',
    '100, 250, 175, 310',
  ],
  unit: [
    'miles to kilometers',
    'Fahrenheit to Celsius',
    'pounds to kilograms',
    'cups to milliliters',
    'square feet to square meters',
  ],
  sentence: [
    'The city council approved a new bike lane along the river.',
    'Our team won the regional quiz night for the second year in a row.',
    'The museum will extend its opening hours during the summer.',
    'Heavy rain is expected across the north on Thursday.',
    'The new espresso machine in the kitchen has a learning curve.',
    'Volunteers planted two hundred trees in the park on Saturday.',
    'The conference keynote covered edge computing and battery life.',
    'The bakery on Main Street now sells sourdough on weekends.',
    'The library added a maker space with two 3D printers.',
    'Flights to the coast are cheaper if you book midweek.',
    'Our booth at the trade fair had more visitors than last year.',
    'The football club signed a young striker from the academy.',
    'The firmware update improves Bluetooth pairing on older phones.',
    'The hiking trail reopens after the bridge repairs are finished.',
    'Sales of electric scooters rose sharply in spring.',
    'The design team picked a warmer color palette for the website.',
    'Most users open the app in the evening, according to the analytics.',
    'The orchestra will play a free concert in the square.',
    'The new warehouse layout shortened picking routes.',
    'Structured JSON logging is now the default in every service.',
    'The cafeteria now offers a vegan option every day of the week.',
    'Our office plants are watered on Tuesdays by the facilities team.',
    'The new badge readers at the main entrance go live next week.',
    'We are switching the team chat to threaded replies to reduce noise.',
    'Support response times improved after we added a triage rotation.',
    'The search service now caches popular queries for five minutes.',
    'The bike-to-work challenge had more participants than ever.',
    'Remember to update your laptop before the end of the month.',
    'The team celebrated the release with cake and a short demo.',
    'The documentation site moved to a new domain with better search.',
    'Feedback from the user interviews shaped the new onboarding screens.',
    'The coffee corner on the second floor got a new grinder.',
  ],
  doc_title: [
    'Friday Wrap-up',
    'What Shipped This Month',
    'Studio Newsletter',
    'Ops Weekly',
    'Site News — Spring Edition',
    'Notes from the Guild Meeting',
    'Customer Success Digest',
  ],
  doc_ask: [
    'Give me the three main takeaways:',
    'Condense this to a paragraph:',
    'Clean up the wording, same content:',
    'Write a one-line teaser for this:',
    'Pull out the to-dos from this:',
    'Turn this into a short Slack post:',
    'Rewrite this in plain English:',
    'Traduce al inglés:',
    'Übersetze das bitte ins Englische:',
    'Fais-en un résumé court :',
    'Vertaal dit naar het Engels:',
    'Translate this into French:',
  ],
  hexcolor: ['#b8323f', '#1d4e89', '#f2d04b', '#3fa34d', '#22304a', '#f59e0b', '#8e6c8a', '#2bc4d8'],
  persona: [
    'You are a friendly assistant for our employees. Keep replies short.',
    'You are a customer support assistant for {company}. Answer politely.',
    'You are a support bot. Look things up with the tools you have.',
    'You are a coding assistant. Prefer TypeScript.',
    'You are a writing assistant. Keep answers short.',
  ],
  toolcall: [
    'get_weather {lbc}"city": "{city}"{rbc}',
    'search_catalog {lbc}"query": "blue mug"{rbc}',
    'calculator {lbc}"expression": "{b} * {a}"{rbc}',
    'lookup_order {lbc}"status": "shipped"{rbc}',
    'list_files {lbc}"path": "/reports"{rbc}',
  ],
  toolresult: [
    '{lbc}"sky": "overcast", "max_c": {a}{rbc}',
    '{lbc}"in_stock": true, "count": {b}{rbc}',
    '{lbc}"result": {b}{rbc}',
    '{lbc}"files": 3{rbc}',
  ],
  office_team: [
    'HR',
    'legal',
    'finance',
    'payroll',
    'compliance',
    'people ops',
    'clinical operations',
    'accounting',
  ],
  office_task: [
    'book a room for the {office_team} team’s training session on {weekday}',
    'order lunch for the {office_team} offsite',
    'update the {office_team} team page on the intranet with the new photo',
    'write a welcome message for the {office_team} team’s new intern',
    'plan the {office_team} team’s holiday party',
    'send the {office_team} newsletter with the new parking rules',
    'move the {office_team} weekly sync to {weekday}',
    'set up a shared calendar for the {office_team} team',
    'list the software licenses the {office_team} team uses',
    'create a Jira board for the {office_team} team’s website refresh',
  ],
  public_company: ['Apple', 'Microsoft', 'Nestlé', 'Siemens', 'Toyota', 'Unilever', 'Netflix'],
};

const math = [
  'Solve for x: {a}x + {b} = {b}.',
  'What is {a}% of {b}?',
  'Convert {b} {unit}.',
  'Find the range and the interquartile range of: {series}.',
  'If I flip {a} coins, how likely is it that exactly two land heads up?',
  'Find the derivative of x^{a} + {a}x.',
  'Is {b} divisible by {a}? Show the steps.',
  'Which value in {series} is furthest from the mean?',
  'A jacket is {a}% off and now costs {b} dollars. What was the original price?',
  'What is the square root of {b}, rounded to two decimals?',
  'Explain how to compute a weighted average with an example.',
  'Solve the system x + y = {b}, x - y = {a}.',
];

const textTasks = [
  'Summarize this in one line: {sentence} {sentence}',
  'Translate to {language}: "{sentence}"',
  'Fix the grammar: "{sentence}"',
  'Suggest a catchy title for this local news item: {sentence}',
  'Rewrite this sentence to sound more upbeat: {sentence}',
  'Turn this into a tweet: {sentence}',
  'Give me three title ideas for a blog post starting with: {sentence}',
  'Fais une synthèse en deux phrases : {sentence} {sentence} {sentence}',
  'Is this sentence passive voice? "{sentence}"',
];

const technical = [
  'Should a React component library list react as a peer dependency?',
  'How do I format a timestamp as ISO 8601 in Go?',
  'How do I publish a prerelease version of a package to npm?',
  'Why do retry loops need jitter when many clients fail at once?',
  'What is the difference between a checksum and a digital signature?',
  'Is EAN {b}{b} a valid EAN-13? Show the check digit calculation.',
  'My Bluetooth headphones keep disconnecting from my laptop. What can I try?',
  'What does HTTP status {b} mean?',
  'Generate a UUID v4 and explain its format.',
  'How does a CRC32 checksum differ from a cryptographic hash?',
  'Summarize: the delivery of {b} chairs arrives on {weekday} and needs two people to unload it.',
  'Our order numbers look like ORD-{b}-{a}. Write a regex that matches them.',
  'How do I parse a CSV with quoted commas in Python?',
  'Write a cron expression that runs at midnight on the first day of each month.',
];

const agent = [
  '{persona}\n\n{question}',
  '{persona}\n\nWhat is the weather in {city} tomorrow?\n\n{toolcall}\n\n{toolresult}\n\nHere is the forecast I found.',
  '{persona}\n\nIs the blue mug in stock?\n\n{toolcall}\n\n{toolresult}',
  '{persona}\n\nWhat is {b} minus {a}%?\n\n{toolcall}\n\n{toolresult}\n\nThanks, and can you round it?',
  '{question}\n\nShort answer: it depends. The longer answer follows.\n\nSimpler, please.',
];

const design = [
  'Which of {hexcolor} and {hexcolor} works better as a link color on a dark background?',
  'Is {hexcolor} text on a {hexcolor} background readable?',
  'Suggest a color palette around {hexcolor} for a dashboard.',
  'What font size is best for body text on mobile?',
  'Give me three logo ideas for a coffee shop.',
  'Which is more accessible for buttons, {hexcolor} or {hexcolor}?',
  'Convert {hexcolor} to RGB and HSL.',
  'How much white space should a landing page have?',
];

const longDocs = [
  '{doc_ask}\n{doc_title}\n\n{sentence} {sentence} {sentence}\n\n{sentence} {sentence} {sentence}',
  '{doc_ask}\n\n{doc_title}\n\n{sentence} {sentence} {sentence} {sentence} {sentence} {sentence} {sentence}',
  'Summarize this update for the newsletter:\n\n{sentence} {sentence} {sentence} {sentence} {sentence} {sentence}',
  'Quarterly community update\n\n{sentence} {sentence} {sentence}\n\n{sentence} {sentence} {sentence} {sentence}\n\nPlease shorten this to five bullet points.',
  'Here are my notes from the week. {sentence} {sentence} {sentence} {sentence} {sentence} Turn them into a short recap.',
  'Proofread the following:\n\n{sentence} {sentence} {sentence} {sentence} {sentence} {sentence} {sentence} {sentence}',
];

const routine = [
  '{reqq} {office_task}?',
  'Remind me to {office_task}.',
  'Draft an email asking someone to {office_task}.',
  'Write a checklist to {office_task}.',
  'Summarize {public_company}’s publicly reported results from last year for a school project.',
  'What did {public_company} say on its last public earnings call about supply chains?',
  'Draft the press release for the launch of {product}.',
  'Write the agenda for the all-hands: product demos, new hires, office move.',
  'Create a template for expense reports with columns for date, amount and category.',
  'Update the budget spreadsheet template so the totals row sums each column.',
  'Write a job posting for a {role} and list the benefits we offer, like flexible hours.',
  'Announce the new hire starting on {weekday} on the {team} team.',
  'Make a slide explaining our public pricing tiers.',
  'Draft a reminder that the annual compliance training is due by {month}.',
  'Summarize the terms of service update we already published on our website.',
  'What documents does a new employee usually need to bring on the first day?',
  'Write a thank-you note to the finance team for closing the books on time.',
];

export function genericBanks(): Bank[] {
  return [
    { name: 'math', labels: [], count: 260, templates: math },
    { name: 'text-tasks', labels: [], count: 320, templates: textTasks },
    { name: 'technical', labels: [], count: 300, templates: technical },
    { name: 'agent', labels: [], count: 200, templates: agent },
    { name: 'long-docs', labels: [], count: 500, templates: longDocs },
    { name: 'design', labels: [], count: 120, templates: design },
    { name: 'routine', labels: [], count: 420, templates: routine },
  ];
}
