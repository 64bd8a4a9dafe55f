import Ajv from 'ajv';
import { PolicyValidationError, type PolicyIssue } from './issues';
import { ROUTING_POLICY_SCHEMA } from './schema';
import { schemaIssues } from './schema-issues';
import { semanticIssues } from './semantic-checks';
import type { RoutingPolicy } from './types';

export { PolicyValidationError, type PolicyIssue } from './issues';

// Compiled once when the module loads: at Lambda init (which runs on a boosted CPU) and once per synth.
const ajv = new Ajv({
  allErrors: true,
  verbose: true,
  strict: true,
  keywords: [
    { keyword: 'x-fix', schemaType: 'string' },
    { keyword: 'x-what', schemaType: 'string' },
    { keyword: 'x-unknown', schemaType: 'string' },
  ],
});
const checkSchema = ajv.compile(ROUTING_POLICY_SCHEMA);

/**
 * Validate a routing-policy document: the JSON schema, then the checks a schema cannot express.
 * Returns the document typed; throws `PolicyValidationError` listing every problem.
 */
export function validatePolicy(doc: unknown): RoutingPolicy {
  const issues = policyIssues(doc);
  if (issues.length > 0) throw new PolicyValidationError(issues);
  return doc as RoutingPolicy;
}

/** Every problem in a routing-policy document; empty when it is valid. */
export function policyIssues(doc: unknown): PolicyIssue[] {
  const found = checkSchema(doc) ? [] : (checkSchema.errors ?? []).flatMap(schemaIssues);
  found.push(...semanticIssues(doc));
  const seen = new Set<string>();
  return found.filter((i) => {
    const key = `${i.path}\u0000${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
