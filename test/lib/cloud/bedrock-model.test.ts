import { Stack } from 'aws-cdk-lib';
import { BedrockModel, BEDROCK_INVOKE_ACTIONS } from '../../../lib/cloud/bedrock-model';
import { projectApp } from '../support/app';

function statementsOf(model: BedrockModel): Record<string, unknown>[] {
  const stack = new Stack(projectApp(), 'Test', { env: { account: '111122223333', region: 'us-east-1' } });
  return model.invokeStatements(stack).map((statement) => stack.resolve(statement.toStatementJson()));
}

describe('BedrockModel', () => {
  test('a foundation model is allowed on its own ARN in the stack Region only', () => {
    expect(statementsOf(BedrockModel.foundationModel('amazon.nova-lite-v1:0'))).toEqual([
      {
        Action: BEDROCK_INVOKE_ACTIONS,
        Effect: 'Allow',
        Resource: 'arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-lite-v1:0',
      },
    ]);
  });

  test('a us. profile is allowed on the profile ARN, and its model in each destination Region only through that profile', () => {
    const [profile, models] = statementsOf(
      BedrockModel.inferenceProfile('us.anthropic.claude-sonnet-4-20250514-v1:0'),
    );
    const profileArn =
      'arn:aws:bedrock:us-east-1:111122223333:inference-profile/us.anthropic.claude-sonnet-4-20250514-v1:0';
    expect(profile).toEqual({ Action: BEDROCK_INVOKE_ACTIONS, Effect: 'Allow', Resource: profileArn });
    expect(models).toEqual({
      Action: BEDROCK_INVOKE_ACTIONS,
      Effect: 'Allow',
      Resource: ['us-east-1', 'us-east-2', 'us-west-2'].map(
        (region) => `arn:aws:bedrock:${region}::foundation-model/anthropic.claude-sonnet-4-20250514-v1:0`,
      ),
      Condition: { StringEquals: { 'bedrock:InferenceProfileArn': profileArn } },
    });
  });

  test('destinationRegions replaces the default Regions', () => {
    const [, models] = statementsOf(
      BedrockModel.inferenceProfile('eu.amazon.nova-pro-v1:0', {
        destinationRegions: ['eu-west-1', 'eu-central-1'],
      }),
    );
    expect(models.Resource).toEqual([
      'arn:aws:bedrock:eu-west-1::foundation-model/amazon.nova-pro-v1:0',
      'arn:aws:bedrock:eu-central-1::foundation-model/amazon.nova-pro-v1:0',
    ]);
  });

  test('a global. profile allows the Region-less foundation-model ARN, through the profile only', () => {
    const [, models] = statementsOf(
      BedrockModel.inferenceProfile('global.anthropic.claude-sonnet-4-20250514-v1:0'),
    );
    expect(models.Resource).toEqual([
      'arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-sonnet-4-20250514-v1:0',
      'arn:aws:bedrock:::foundation-model/anthropic.claude-sonnet-4-20250514-v1:0',
    ]);
    expect(models.Condition).toEqual({
      StringEquals: {
        'bedrock:InferenceProfileArn':
          'arn:aws:bedrock:us-east-1:111122223333:inference-profile/global.anthropic.claude-sonnet-4-20250514-v1:0',
      },
    });
  });

  test('fromId picks a profile for geography-prefixed ids and a foundation model otherwise', () => {
    expect(statementsOf(BedrockModel.fromId('us.amazon.nova-pro-v1:0'))).toHaveLength(2);
    expect(statementsOf(BedrockModel.fromId('amazon.nova-pro-v1:0'))).toHaveLength(1);
  });

  test('fails when a non-US profile has no destination Regions', () => {
    expect(() => BedrockModel.inferenceProfile('eu.amazon.nova-pro-v1:0')).toThrow(
      /destinationRegions is required for inference profile 'eu\.amazon\.nova-pro-v1:0'/,
    );
  });

  test('fails when a profile id has no geography prefix', () => {
    expect(() => BedrockModel.inferenceProfile('amazon.nova-pro-v1:0')).toThrow(
      /profileId must start with a geography prefix/,
    );
  });

  test('fails when a model id holds a wildcard', () => {
    expect(() => BedrockModel.foundationModel('anthropic.*')).toThrow(
      /modelId must be a Bedrock model id.*got 'anthropic\.\*'/,
    );
  });

  test('fails when a destination Region is not a Region name', () => {
    expect(() =>
      BedrockModel.inferenceProfile('us.amazon.nova-pro-v1:0', { destinationRegions: ['virginia'] }),
    ).toThrow(/destinationRegions entry must be a Region name such as us-east-1, got 'virginia'/);
  });
});
