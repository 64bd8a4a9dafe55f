import { readFileSync } from 'node:fs';
import { resolvePolicy } from './defaults';
import { issue, PolicyValidationError } from './issues';
import type { ResolvedPolicy, RoutingPolicy } from './types';
import { validatePolicy } from './validate';

/**
 * Load a routing policy from a JSON string, a file path or an object, validate it and fill in the
 * defaults. Throws `PolicyValidationError` (with the file path, when there is one) on any problem.
 *
 * Kept apart from validate.ts so code that never reads files (the Lambda) does not bundle node:fs.
 */
export function loadPolicy(jsonOrPath: string | RoutingPolicy | object): ResolvedPolicy {
  if (typeof jsonOrPath !== 'string') return resolvePolicy(validatePolicy(jsonOrPath));
  const looksLikeJson = /^\s*\{/.test(jsonOrPath);
  const source = looksLikeJson ? undefined : jsonOrPath;
  const text = looksLikeJson ? jsonOrPath : readPolicyFile(jsonOrPath);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new PolicyValidationError(
      [
        issue(
          '/',
          `is not valid JSON: ${jsonProblem(error)}`,
          undefined,
          'write the policy as one JSON object',
          false,
        ),
      ],
      source,
    );
  }
  try {
    return resolvePolicy(validatePolicy(doc));
  } catch (error) {
    if (error instanceof PolicyValidationError && source)
      throw new PolicyValidationError(error.issues, source);
    throw error;
  }
}

function readPolicyFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new PolicyValidationError(
      [
        issue(
          '/',
          `cannot read the policy file (${code})`,
          undefined,
          'pass a JSON policy string or the path of a readable file',
          false,
        ),
      ],
      path,
    );
  }
}

// Only the position: V8's messages quote the input, and a policy file could hold anything.
function jsonProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const position = /position (\d{1,10})/.exec(message);
  return position ? `syntax error at character ${position[1]}` : 'syntax error';
}
