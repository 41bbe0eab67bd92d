// The torch package (see module.ts).
import './module';
export { TorchTensor } from './tensor';
export { FunctionCtx, functionCalls, withGradMode } from './function';
export type { FunctionCall } from './function';
export { gradcheckRecords } from './gradcheck';
export type { GradcheckEntry, GradcheckRecord } from './gradcheck';
export { leaf } from './tensor';
