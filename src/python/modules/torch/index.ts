// The torch package (see module.ts).
import './module';
export { TorchTensor } from './tensor';
export { FunctionCtx, functionCalls, gradcheckRecords, withGradMode } from './function';
export type { FunctionCall, GradcheckEntry, GradcheckRecord } from './function';
export { leaf } from './tensor';
