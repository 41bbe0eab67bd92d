// Every Python module gradlens provides. To add one: write modules/<name>.ts calling
// registerModule('<name>', factory) at load, and import it here.
import './math';
import './random';
import './micrograd';
import './numpy';
import './torch';
import './stdlib';
import './warnings';
import './statistics';
import './enum';
import './user-modules';

export { importModule, importFrom, registerModule, isRegistered, relativeModuleName, starNames } from './registry';
export type { ModuleFactory } from './registry';
