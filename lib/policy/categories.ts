/**
 * The stable category ids of DESIGN section 4. They appear in policies, audit records and tests,
 * so an id is never renamed: add a new one instead.
 */
export const STRUCTURED_PII_CATEGORIES = [
  'pii.ssn',
  'pii.itin',
  'pii.email',
  'pii.phone',
  'pii.ip_address',
  'pii.national_id',
  'pii.passport',
  'pii.drivers_license',
  'pii.date_of_birth',
] as const;

export const UNSTRUCTURED_PII_CATEGORIES = ['pii.person_name', 'pii.address'] as const;

export const FINANCIAL_CATEGORIES = [
  'fin.credit_card',
  'fin.iban',
  'fin.bank_account',
  'fin.swift_bic',
  'fin.crypto_wallet',
] as const;

export const HEALTH_CATEGORIES = [
  'phi.mrn',
  'phi.npi',
  'phi.dea',
  'phi.medicare_mbi',
  'phi.health_plan_id',
  'phi.diagnosis',
] as const;

export const SECRET_CATEGORIES = [
  'secret.aws_key',
  'secret.private_key',
  'secret.jwt',
  'secret.api_token',
  'secret.password',
  'secret.connection_string',
] as const;

export const PROPRIETARY_CATEGORIES = ['prop.marker', 'prop.custom'] as const;

export const TOPIC_CATEGORIES = ['topic.healthcare', 'topic.legal', 'topic.financial', 'topic.hr'] as const;

export const CATEGORY_IDS = [
  ...STRUCTURED_PII_CATEGORIES,
  ...UNSTRUCTURED_PII_CATEGORIES,
  ...FINANCIAL_CATEGORIES,
  ...HEALTH_CATEGORIES,
  ...SECRET_CATEGORIES,
  ...PROPRIETARY_CATEGORIES,
  ...TOPIC_CATEGORIES,
] as const;

export type CategoryId = (typeof CATEGORY_IDS)[number];
export type TopicCategoryId = (typeof TOPIC_CATEGORIES)[number];

const CATEGORY_SET: ReadonlySet<string> = new Set(CATEGORY_IDS);

export function isCategoryId(value: unknown): value is CategoryId {
  return typeof value === 'string' && CATEGORY_SET.has(value);
}
