import * as fs from 'fs';
import * as path from 'path';

/** One acknowledged finding in CDK's validation report. */
export interface SuppressedFinding {
  readonly plugin: string;
  readonly acknowledgedId: string;
  readonly reason: string;
  readonly acknowledgedAt: string;
  readonly constructPaths: string[];
}

/** What the compliance packs concluded, from `validation-report.json` of a synthesized assembly. */
export interface ValidationSummary {
  readonly plugins: { readonly name: string; readonly conclusion: string; readonly violations: number }[];
  readonly suppressed: SuppressedFinding[];
}

interface RawReport {
  pluginReports: {
    pluginName: string;
    conclusion: string;
    violations: unknown[];
    suppressedViolations?: {
      acknowledgedId: string;
      reason: string;
      acknowledgedAt: string;
      violatingConstructs: { constructPath: string }[];
    }[];
  }[];
}

export function readValidationReport(outdir: string): ValidationSummary {
  const raw = JSON.parse(fs.readFileSync(path.join(outdir, 'validation-report.json'), 'utf8')) as RawReport;
  return {
    plugins: raw.pluginReports.map((report) => ({
      name: report.pluginName,
      conclusion: report.conclusion,
      violations: report.violations.length,
    })),
    suppressed: raw.pluginReports.flatMap((report) =>
      (report.suppressedViolations ?? []).map((finding) => ({
        plugin: report.pluginName,
        acknowledgedId: finding.acknowledgedId,
        reason: finding.reason,
        acknowledgedAt: finding.acknowledgedAt,
        constructPaths: finding.violatingConstructs.map((construct) => construct.constructPath),
      })),
    ),
  };
}

/** The acknowledgements an assembly relied on, one per (construct, rule id). */
export function distinctAcknowledgements(
  summary: ValidationSummary,
): { at: string; id: string; reason: string }[] {
  const seen = new Map<string, { at: string; id: string; reason: string }>();
  for (const finding of summary.suppressed) {
    seen.set(`${finding.acknowledgedAt}\u0000${finding.acknowledgedId}`, {
      at: finding.acknowledgedAt,
      id: finding.acknowledgedId,
      reason: finding.reason,
    });
  }
  return [...seen.values()];
}

export const COMPLIANCE_PACKS = ['AwsSolutions', 'HIPAA.Security', 'NIST.800.53.R5', 'PCI.DSS.321'];
