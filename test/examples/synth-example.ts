import * as fs from 'fs';
import type { App } from 'aws-cdk-lib';
import { projectApp } from '../lib/support/app';
import { readValidationReport, type ValidationSummary } from '../lib/support/report';

/** A synthesized example app: its assembly's templates and what the compliance packs concluded. */
export interface SynthesizedExample {
  readonly app: App;
  readonly summary: ValidationSummary;
  template(stackName: string): {
    Resources: Record<string, { Type: string; Properties?: Record<string, unknown> }>;
  };
  cleanUp(): void;
}

/** Build an example with the project configuration (cdk.json flags, strict validation) and synthesize it once. */
export function synthExample(createApp: (app: App) => App): SynthesizedExample {
  const app = createApp(projectApp());
  const assembly = app.synth();
  return {
    app,
    summary: readValidationReport(assembly.directory),
    template: (stackName) => assembly.getStackByName(stackName).template,
    cleanUp: () => fs.rmSync(assembly.directory, { recursive: true, force: true }),
  };
}
