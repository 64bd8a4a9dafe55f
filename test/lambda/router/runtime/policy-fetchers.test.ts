import {
  GetLatestConfigurationCommand,
  StartConfigurationSessionCommand,
  type AppConfigDataClient,
} from '@aws-sdk/client-appconfigdata';
import { GetParameterCommand, type SSMClient } from '@aws-sdk/client-ssm';
import { appConfigFetcher, ssmParameterFetcher } from '../../../../lambda/router/runtime/policy-fetchers';

/** A client whose `send` answers each command from a script, recording what was sent. */
function fakeClient(answer: (command: unknown, n: number) => unknown) {
  const sent: unknown[] = [];
  return {
    sent,
    client: {
      send: async (command: unknown) => {
        sent.push(command);
        const result = answer(command, sent.length - 1);
        if (result instanceof Error) throw result;
        return result;
      },
    },
  };
}

const location = { application: 'hybrid-ai', environment: 'prod', profile: 'routing-policy' };
const bytes = (text: string) => new TextEncoder().encode(text);

describe('the AppConfig policy fetcher', () => {
  it('starts one session, then polls with the token AppConfig hands back', async () => {
    const { client, sent } = fakeClient((command) =>
      command instanceof StartConfigurationSessionCommand
        ? { InitialConfigurationToken: 't0' }
        : { Configuration: bytes('{"version":"v1"}'), NextPollConfigurationToken: `t${sent.length}` },
    );
    const fetch = appConfigFetcher(location, client as unknown as AppConfigDataClient);
    expect(await fetch()).toBe('{"version":"v1"}');
    await fetch();
    expect(sent.filter((c) => c instanceof StartConfigurationSessionCommand)).toHaveLength(1);
    expect((sent[1] as GetLatestConfigurationCommand).input.ConfigurationToken).toBe('t0');
    expect((sent[2] as GetLatestConfigurationCommand).input.ConfigurationToken).toBe('t2');
  });

  it('reports "unchanged" for an empty configuration', async () => {
    const { client } = fakeClient((command) =>
      command instanceof StartConfigurationSessionCommand
        ? { InitialConfigurationToken: 't0' }
        : { Configuration: new Uint8Array(), NextPollConfigurationToken: 't1' },
    );
    expect(await appConfigFetcher(location, client as unknown as AppConfigDataClient)()).toBeUndefined();
  });

  it('starts a new session after a failed poll (an expired token)', async () => {
    const { client, sent } = fakeClient((command, n) =>
      command instanceof StartConfigurationSessionCommand
        ? { InitialConfigurationToken: `s${n}` }
        : n === 1
          ? new Error('BadRequestException')
          : { Configuration: bytes('{}') },
    );
    const fetch = appConfigFetcher(location, client as unknown as AppConfigDataClient);
    await expect(fetch()).rejects.toThrow('BadRequestException');
    expect(await fetch()).toBe('{}');
    expect(sent.filter((c) => c instanceof StartConfigurationSessionCommand)).toHaveLength(2);
  });
});

describe('the SSM policy fetcher', () => {
  it('reads the parameter with decryption (SecureString and Secrets Manager references)', async () => {
    const { client, sent } = fakeClient(() => ({ Parameter: { Value: '{"version":"p"}' } }));
    expect(await ssmParameterFetcher('/hybrid-ai/policy', client as unknown as SSMClient)()).toBe(
      '{"version":"p"}',
    );
    expect((sent[0] as GetParameterCommand).input).toEqual({
      Name: '/hybrid-ai/policy',
      WithDecryption: true,
    });
  });
});
