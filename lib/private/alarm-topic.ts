import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';

/**
 * An SNS topic for alarm notifications, encrypted with `key` and refusing plain-HTTP publishers.
 * CloudWatch alarms publish as the cloudwatch.amazonaws.com service, which needs the key too.
 */
export function createAlarmTopic(scope: Construct, key: kms.IKey): sns.Topic {
  key.addToResourcePolicy(
    new iam.PolicyStatement({
      sid: 'AllowCloudWatchAlarmsToPublishEncrypted',
      principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
      actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
      resources: ['*'],
    }),
  );
  return new sns.Topic(scope, 'AlarmTopic', { masterKey: key, enforceSSL: true });
}
