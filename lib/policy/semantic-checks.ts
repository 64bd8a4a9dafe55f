import { assertSafePattern } from './safe-pattern';
import { issue, pointerSegment, type PolicyIssue } from './issues';

/**
 * Checks the JSON schema cannot express. They look only at parts of the right JSON type, so a
 * document with schema errors still gets every other problem reported in the same pass.
 */
export function semanticIssues(doc: unknown): PolicyIssue[] {
  if (!isRecord(doc)) return [];
  return [
    ...overrideNameIssues(doc, 'departments', 'department'),
    ...overrideNameIssues(doc, 'useCases', 'use case'),
    ...overrideNameIssues(doc, 'environments', 'environment'),
    ...customPatternIssues(doc.customPatterns),
    ...duplicateNameIssues(doc.customPatterns, '/customPatterns', 'pattern'),
    ...duplicateNameIssues(doc.dictionaries, '/dictionaries', 'dictionary'),
  ];
}

// Request contexts are lower-cased before lookup, so a key with capitals or padding never matches.
function overrideNameIssues(doc: Record<string, unknown>, key: string, what: string): PolicyIssue[] {
  const table = doc[key];
  if (!isRecord(table)) return [];
  return Object.keys(table)
    .filter((name) => name !== canonicalName(name))
    .map((name) =>
      issue(
        `/${key}/${pointerSegment(name)}`,
        `${what} names must be lower case without surrounding spaces`,
        name,
        `rename it to ${JSON.stringify(canonicalName(name))}`,
      ),
    );
}

function canonicalName(name: string): string {
  return name.trim().toLowerCase();
}

function customPatternIssues(patterns: unknown): PolicyIssue[] {
  if (!Array.isArray(patterns)) return [];
  const found: PolicyIssue[] = [];
  patterns.forEach((entry, index) => {
    if (!isRecord(entry) || typeof entry.pattern !== 'string') return;
    const flags = typeof entry.flags === 'string' ? entry.flags : 'i';
    const at = `/customPatterns/${index}`;
    if (!/^[imsu]{0,4}$/.test(flags)) return; // the schema reports flags outside i, m, s, u
    try {
      new RegExp('', flags);
    } catch {
      found.push(
        issue(`${at}/flags`, 'flags are invalid or repeated', flags, 'give each of i, m, s, u at most once'),
      );
      return;
    }
    try {
      new RegExp(entry.pattern, flags);
    } catch (error) {
      found.push(
        issue(
          `${at}/pattern`,
          `does not compile: ${syntaxProblem(error)}`,
          entry.pattern,
          'fix the regular expression',
        ),
      );
      return;
    }
    try {
      assertSafePattern(entry.pattern, flags);
    } catch (error) {
      // The safety check's reason already says how to fix it ("...; write a bound such as {1,64}").
      found.push(issue(`${at}/pattern`, 'is not linear-time safe', entry.pattern, unsafeReason(error)));
    }
  });
  return found;
}

function duplicateNameIssues(list: unknown, at: string, what: string): PolicyIssue[] {
  if (!Array.isArray(list)) return [];
  const seen = new Set<string>();
  const found: PolicyIssue[] = [];
  list.forEach((entry, index) => {
    if (!isRecord(entry) || typeof entry.name !== 'string') return;
    if (seen.has(entry.name)) {
      found.push(
        issue(`${at}/${index}/name`, 'duplicate name', entry.name, `give each ${what} its own name`),
      );
    }
    seen.add(entry.name);
  });
  return found;
}

// V8 phrases it "Invalid regular expression: /(a/i: Unterminated group"; keep the part after the pattern.
function syntaxProblem(error: unknown): string {
  const message = errorMessage(error);
  const cut = message.lastIndexOf(': ');
  return lowerFirst(cut >= 0 ? message.slice(cut + 2) : message);
}

// The detector's message repeats the pattern ("pattern /x/i is not linear-time safe: <why>"); keep <why>.
function unsafeReason(error: unknown): string {
  const message = errorMessage(error);
  const marker = 'linear-time safe: ';
  const at = message.indexOf(marker);
  return lowerFirst(at >= 0 ? message.slice(at + marker.length) : message);
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
