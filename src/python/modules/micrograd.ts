// The `micrograd` package (karpathy/micrograd's API: micrograd.engine.Value, micrograd.nn), written
// in Python and run by our interpreter like user code, so learners who import it get the same
// numbers, reprs and errors as the real package and the analysis sees every op and `.backward()`.
import { MICROGRAD_ENGINE_SOURCE } from './micrograd/engine-source';
import { MICROGRAD_NN_SOURCE } from './micrograd/nn-source';
import { registerPythonModule } from './python-source';

/** The package itself: like the real micrograd/__init__.py, empty; its submodules attach on import. */
registerPythonModule({ name: 'micrograd', filename: 'micrograd/__init__.py', source: '' });
registerPythonModule({ name: 'micrograd.engine', filename: 'micrograd/engine.py', source: MICROGRAD_ENGINE_SOURCE });
registerPythonModule({ name: 'micrograd.nn', filename: 'micrograd/nn.py', source: MICROGRAD_NN_SOURCE });
