export * from './types';
export { createOpenAiCompatibleBackend, type OpenAiCompatibleBackendOptions } from './openai/client';
export { createBedrockBackend, type BedrockBackendOptions } from './bedrock/client';
