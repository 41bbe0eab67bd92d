// Registers `numpy` and its submodules with the module registry. `import numpy` also imports
// numpy.random and numpy.linalg, as numpy does, so `np.random.seed` works after `import numpy as np`.
import { importModule, registerModule } from '../registry';
import { fillNumpyLinalg, fillNumpyModule, fillNumpyRandom } from './module';

registerModule('numpy', (m) => {
  fillNumpyModule(m);
  importModule('numpy.random', null);
  importModule('numpy.linalg', null);
});
registerModule('numpy.random', fillNumpyRandom);
registerModule('numpy.linalg', fillNumpyLinalg);

export { NDArray } from './ndarray';
export { NpScalar } from './scalar';
