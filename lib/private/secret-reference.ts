import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { secretsManagerReference } from '../router/runtime-env';

/**
 * Let `grantee` read `secret` through its Parameter Store reference, the one way the router
 * runtime reads secrets, and return the parameter name to put in its environment.
 */
export function grantSecretReference(secret: secretsmanager.ISecret, grantee: iam.IGrantable): string {
  const parameterName = secretsManagerReference(secret.secretName);
  secret.grantRead(grantee);
  iam.Grant.addToPrincipal({
    grantee,
    actions: ['ssm:GetParameter'],
    resourceArns: [
      Stack.of(secret).formatArn({
        service: 'ssm',
        resource: 'parameter',
        resourceName: parameterName.slice(1),
      }),
    ],
  });
  return parameterName;
}
