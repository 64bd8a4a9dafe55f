import { CATEGORY_IDS, TOPIC_CATEGORIES } from './categories';

/**
 * JSON schema (draft-07) of the routing-policy document (`RoutingPolicy` in types.ts).
 *
 * Besides the standard keywords, nodes carry two annotations that validate.ts turns into messages:
 * `x-what` (what is wrong, when the keyword's own wording would be vague) and `x-fix` (how to fix
 * it). Other JSON-schema tools ignore them, so the same document serves editors as well.
 * Checks the schema cannot express (regular expressions compile, lower-case names, unique names)
 * live in semantic-checks.ts.
 */

const DETECTOR_CATEGORY_IDS = CATEGORY_IDS.filter((id) => !id.startsWith('topic.'));

/** Names that end up in reason codes and metric dimensions: `custom.<name>`, `dictionary.<name>`. */
const RULE_NAME = '^[a-z0-9][a-z0-9_-]{0,63}$';

const categoryAction = {
  enum: ['private', 'block', 'redact-then-cloud'],
  'x-fix': 'use private, block or redact-then-cloud',
};

const topicAction = {
  enum: ['private', 'block'],
  'x-fix': 'a topic has no span that could be redacted; use private or block',
};

const overrideRoute = {
  enum: ['private', 'cloud', 'block'],
  'x-fix': 'use private, cloud or block',
};

const overrideTable = (what: string) => ({
  type: 'object',
  propertyNames: {
    minLength: 1,
    maxLength: 64,
    'x-what': `invalid ${what} name`,
    'x-fix': `use a name of 1 to 64 characters`,
  },
  additionalProperties: overrideRoute,
  'x-fix': `map each ${what} name to private, cloud or block`,
});

const usdAmount = (fix: string) => ({ type: 'number', minimum: 0, maximum: 1_000_000, 'x-fix': fix });

const modelId = {
  type: 'string',
  minLength: 1,
  maxLength: 256,
  'x-fix': 'give the model id the backend serves, e.g. meta-llama/Llama-3.1-8B-Instruct',
};

const weight = {
  type: 'number',
  exclusiveMinimum: 0,
  maximum: 1_000_000,
  'x-fix': 'set a positive relative weight',
};

const privateTarget = {
  type: 'object',
  additionalProperties: false,
  required: ['model', 'backend'],
  properties: {
    model: modelId,
    backend: {
      const: 'private',
      'x-what': 'must be private',
      'x-fix': 'the private target of an alias is served by the private backend; set backend to private',
    },
    weight,
  },
};

const cloudTarget = {
  type: 'object',
  additionalProperties: false,
  required: ['model', 'backend'],
  properties: {
    model: modelId,
    backend: {
      type: 'string',
      pattern: RULE_NAME,
      not: { const: 'private' },
      'x-what': 'must name a cloud backend',
      'x-fix': 'use bedrock or a configured provider name (lower case, digits, - and _)',
    },
    weight,
  },
};

const modelAlias = {
  type: 'object',
  additionalProperties: false,
  required: ['private', 'cloud'],
  properties: {
    private: privateTarget,
    cloud: {
      type: 'array',
      maxItems: 20,
      items: cloudTarget,
      'x-fix': 'list the cloud targets, or [] for a private-only alias',
    },
    kind: { enum: ['chat', 'embeddings'], 'x-fix': 'use chat or embeddings' },
  },
};

const reportedCategory = {
  enum: DETECTOR_CATEGORY_IDS,
  'x-fix': `use one of ${DETECTOR_CATEGORY_IDS.join(', ')}`,
};

const ruleName = {
  type: 'string',
  pattern: RULE_NAME,
  'x-fix': 'use 1 to 64 lower-case letters, digits, - or _ (the name appears in reason codes)',
};

export const ROUTING_POLICY_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'urn:hybrid-ai-cdk:routing-policy',
  title: 'hybrid-ai-cdk routing policy',
  type: 'object',
  additionalProperties: false,
  'x-fix': 'a routing policy is a JSON object',
  properties: {
    $schema: { type: 'string' },
    version: {
      type: 'string',
      pattern: '^[A-Za-z0-9][A-Za-z0-9._:+@/-]{0,127}$',
      'x-fix':
        'use 1 to 128 letters, digits or . _ : + @ / - starting with a letter or digit, e.g. 2025-06-01.1',
    },
    defaultCategoryAction: categoryAction,
    categories: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(
        CATEGORY_IDS.map((id) => [
          id,
          (TOPIC_CATEGORIES as readonly string[]).includes(id) ? topicAction : categoryAction,
        ]),
      ),
      'x-unknown': 'unknown category',
      'x-fix': `use one of ${CATEGORY_IDS.join(', ')}`,
    },
    departments: overrideTable('department'),
    useCases: overrideTable('use case'),
    environments: overrideTable('environment'),
    nonSensitiveStrategy: {
      enum: ['cloud-first', 'private-first'],
      'x-fix': 'use cloud-first or private-first',
    },
    topics: {
      type: 'object',
      additionalProperties: false,
      properties: {
        enabled: { type: 'boolean', 'x-fix': 'use true or false' },
        thresholds: {
          type: 'object',
          additionalProperties: false,
          properties: Object.fromEntries(
            TOPIC_CATEGORIES.map((id) => [
              id,
              { type: 'number', minimum: 0, maximum: 1, 'x-fix': 'set a probability between 0 and 1' },
            ]),
          ),
          'x-unknown': 'unknown topic',
          'x-fix': `use one of ${TOPIC_CATEGORIES.join(', ')}`,
        },
      },
    },
    attachments: { enum: ['private', 'cloud', 'block'], 'x-fix': 'use private, cloud or block' },
    customPatterns: {
      type: 'array',
      maxItems: 200,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'pattern'],
        properties: {
          name: ruleName,
          pattern: {
            type: 'string',
            minLength: 1,
            maxLength: 1000,
            'x-fix': 'give an ECMAScript regular expression of 1 to 1000 characters',
          },
          flags: {
            type: 'string',
            pattern: '^[imsu]{0,4}$',
            'x-fix': 'use only the flags i, m, s and u (g and y are set by the scanner)',
          },
          category: reportedCategory,
        },
      },
    },
    dictionaries: {
      type: 'array',
      maxItems: 200,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'terms'],
        properties: {
          name: ruleName,
          terms: {
            type: 'array',
            minItems: 1,
            maxItems: 100_000,
            items: {
              type: 'string',
              minLength: 1,
              maxLength: 200,
              'x-fix': 'use terms of 1 to 200 characters',
            },
            'x-fix': 'list at least one term',
          },
          caseSensitive: { type: 'boolean', 'x-fix': 'use true or false' },
          category: reportedCategory,
        },
      },
    },
    modelAliases: {
      type: 'object',
      minProperties: 1,
      propertyNames: {
        pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$',
        'x-what': 'invalid alias name',
        'x-fix': 'use 1 to 64 letters, digits or . _ : - starting with a letter or digit, e.g. chat-default',
      },
      additionalProperties: modelAlias,
      'x-fix': 'define at least one alias, e.g. chat-default',
    },
    pricing: {
      type: 'object',
      additionalProperties: false,
      properties: {
        cloud: {
          type: 'object',
          propertyNames: {
            minLength: 1,
            maxLength: 256,
            'x-what': 'invalid model id',
            'x-fix': 'use the model id',
          },
          additionalProperties: {
            type: 'object',
            additionalProperties: false,
            required: ['inputPerMillion', 'outputPerMillion'],
            properties: {
              inputPerMillion: usdAmount('set the USD price per million input tokens, 0 or more'),
              outputPerMillion: usdAmount('set the USD price per million output tokens, 0 or more'),
            },
          },
        },
        private: {
          type: 'object',
          additionalProperties: false,
          properties: {
            gpuHourUsd: usdAmount('set the amortized USD cost of one GPU hour, 0 or more'),
            tokensPerGpuHour: {
              type: 'number',
              exclusiveMinimum: 0,
              'x-fix': 'set how many tokens one GPU serves per hour, more than 0',
            },
          },
        },
      },
    },
    identity: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allowClientContextHeaders: { type: 'boolean', 'x-fix': 'use true or false' },
      },
    },
    classification: {
      type: 'object',
      additionalProperties: false,
      properties: {
        timeBudgetMs: {
          type: 'number',
          minimum: 1,
          maximum: 10_000,
          'x-fix': 'set a budget between 1 and 10000 milliseconds',
        },
      },
    },
  },
} as const;
