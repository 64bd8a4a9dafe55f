import {
  AppConfigDataClient,
  GetLatestConfigurationCommand,
  StartConfigurationSessionCommand,
} from '@aws-sdk/client-appconfigdata';
import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import type { PolicyFetcher } from './cached-policy';

export interface AppConfigLocation {
  readonly application: string;
  readonly environment: string;
  readonly profile: string;
}

/**
 * AppConfig through the AppConfigData session API: one session per container, each poll returns
 * the document only when it changed (an empty body otherwise). An expired or rejected token starts
 * a new session on the next poll.
 */
export function appConfigFetcher(
  location: AppConfigLocation,
  client: AppConfigDataClient = new AppConfigDataClient({}),
): PolicyFetcher {
  let token: string | undefined;
  const decoder = new TextDecoder();
  return async () => {
    if (!token) {
      const session = await client.send(
        new StartConfigurationSessionCommand({
          ApplicationIdentifier: location.application,
          EnvironmentIdentifier: location.environment,
          ConfigurationProfileIdentifier: location.profile,
          RequiredMinimumPollIntervalInSeconds: 15,
        }),
      );
      token = session.InitialConfigurationToken;
    }
    try {
      const result = await client.send(new GetLatestConfigurationCommand({ ConfigurationToken: token }));
      token = result.NextPollConfigurationToken;
      const bytes = result.Configuration;
      return bytes && bytes.length > 0 ? decoder.decode(bytes) : undefined;
    } catch (error) {
      token = undefined;
      throw error;
    }
  };
}

/** An SSM parameter (String or SecureString; `/aws/reference/secretsmanager/<id>` reads a secret). */
export function ssmParameterFetcher(name: string, client: SSMClient = new SSMClient({})): PolicyFetcher {
  return async () => {
    const result = await client.send(new GetParameterCommand({ Name: name, WithDecryption: true }));
    const value = result.Parameter?.Value;
    if (value === undefined) throw new Error('the SSM parameter has no value');
    return value;
  };
}

/** A document fixed at deploy time (environment variable), for small deployments and tests. */
export function inlineFetcher(json: string): PolicyFetcher {
  return async () => json;
}
