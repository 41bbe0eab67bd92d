// The torch package (see module.ts).
import './module';
export { TorchTensor } from './tensor';
export { functionCalls } from './function';
export type { FunctionCall } from './function';
