import type { ICloudModelAccess } from '../cloud/cloud-model-access';
import { resolvePolicy } from '../policy/defaults';
import type { RoutingPolicy } from '../policy/types';

/**
 * Throws when a model alias of `policy` targets a cloud model the router's role may not invoke or
 * a provider that is not configured: such a policy would deploy and then fail every cloud request
 * with AccessDenied.
 */
export function assertPolicyTargetsAllowed(policy: RoutingPolicy, cloud: ICloudModelAccess): void {
  const allowedModels = new Set(cloud.models.map((model) => model.id));
  const providers = new Set(cloud.providers.map((provider) => provider.name));
  for (const [alias, definition] of Object.entries(resolvePolicy(policy).modelAliases)) {
    if (definition.private.backend !== 'private') {
      throw new Error(
        `model alias '${alias}' has private.backend '${definition.private.backend}'; the private target's backend must be 'private'`,
      );
    }
    for (const target of definition.cloud) {
      if (target.backend === 'bedrock' && !allowedModels.has(target.model)) {
        throw new Error(
          `model alias '${alias}' targets Bedrock model '${target.model}', which cloudModels does not allow; add it to CloudModelAccess models`,
        );
      }
      if (target.backend !== 'bedrock' && !providers.has(target.backend)) {
        throw new Error(
          `model alias '${alias}' targets backend '${target.backend}', which is neither bedrock nor a configured provider (${[...providers].join(', ') || 'none'})`,
        );
      }
    }
  }
}
