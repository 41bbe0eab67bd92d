// The engine's public surface. Nothing in src/engine imports anything else from src.
export type { DType } from './dtype';
export { promote, isFloat, floatResult, castValue } from './dtype';
export { EngineError, shapeText } from './errors';
export type { EngineErrorKind } from './errors';
export { broadcastShapes, normalizeAxis, normalizeAxes, sizeOf, stridesOf } from './shape';
export type { Shape } from './shape';
export { Tensor, tensor, full, zeros, ones } from './tensor';
export type { Node, Vjp } from './tape';
export { record, withoutRecording, isRecording, setOrigin, currentOrigin } from './tape';
export { backward, reachable } from './backward';
export type { Gradients } from './backward';
export { numericGradient, relativeError, isClose } from './finite-diff';
export * from './ops/arithmetic';
