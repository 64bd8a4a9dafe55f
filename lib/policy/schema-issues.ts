import type { ErrorObject } from 'ajv';
import { issue, pointerSegment, type PolicyIssue } from './issues';

type Annotated = { 'x-fix'?: string; 'x-what'?: string; 'x-unknown'?: string; properties?: object };

/** Ajv's error as house-style issues: path, what is wrong, the bad value, the fix (from the schema's `x-fix`). */
export function schemaIssues(error: ErrorObject): PolicyIssue[] {
  const schema = (error.parentSchema ?? {}) as Annotated;
  const fix = schema['x-fix'];
  const path = error.instancePath;
  const params = error.params as Record<string, unknown>;
  // A bad key under `propertyNames`: Ajv reports it twice (the inner keyword and `propertyNames`).
  if (error.keyword === 'propertyNames') return [];
  if (error.propertyName !== undefined) {
    return [
      issue(child(path, error.propertyName), schema['x-what'] ?? 'invalid name', error.propertyName, fix),
    ];
  }
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const value = (error.data as Record<string, unknown>)[key];
      const allowed = Object.keys(schema.properties ?? {});
      const guess = closest(key, allowed);
      const list = schema['x-unknown'] && fix ? fix : `use one of ${allowed.join(', ')}`;
      return [
        issue(
          child(path, key),
          schema['x-unknown'] ?? 'unknown property',
          value,
          guess ? `did you mean ${guess}? ${list}` : list,
        ),
      ];
    }
    case 'required': {
      const key = String(params.missingProperty);
      return [issue(child(path, key), 'is required', undefined, `add ${key}`, false)];
    }
    case 'type':
      return [issue(path, `must be ${article(String(params.type))}`, error.data, fix)];
    default:
      return [issue(path, schema['x-what'] ?? describe(error), error.data, fix)];
  }
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'enum':
      return `must be one of ${(params.allowedValues as unknown[]).join(', ')}`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `must be ${String(params.comparison)} ${String(params.limit)}`;
    case 'minLength':
      return params.limit === 1
        ? 'must not be empty'
        : `must have at least ${String(params.limit)} characters`;
    case 'maxLength':
      return `must have at most ${String(params.limit)} characters`;
    case 'minItems':
      return `must have at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}`;
    case 'maxItems':
      return `must have at most ${String(params.limit)} items`;
    case 'minProperties':
      return `must have at least ${String(params.limit)} entr${params.limit === 1 ? 'y' : 'ies'}`;
    case 'pattern':
      return 'has an invalid format';
    default:
      return (error.message ?? 'is invalid').toLowerCase();
  }
}

/** The allowed name nearest to a misspelt one (at most 2 edits away), if any. */
function closest(key: string, allowed: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of allowed) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase(), bestDistance);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

// Levenshtein distance, giving up (returning `limit`) once it cannot be below `limit`.
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit || a.length > 256 || b.length > 256) return limit;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return Math.min(previous[b.length], limit);
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function child(path: string, key: string): string {
  return `${path}/${pointerSegment(key)}`;
}
