# copy.copy / copy.deepcopy of what training code copies: parameter dicts of numpy arrays,
# layer objects, shared references.
import copy
import numpy as np

params = {'W1': np.ones((2, 2)), 'b1': np.zeros(2), 'config': {'lr': 1e-3, 'history': [1, 2]}}
shallow = copy.copy(params)
deep = copy.deepcopy(params)
params['W1'] += 1
params['config']['history'].append(3)
print(shallow['W1'][0], deep['W1'][0], shallow['config']['history'], deep['config']['history'])
print(shallow is params, shallow['config'] is params['config'], deep['config'] is params['config'])

class Layer(object):
    def __init__(self, w):
        self.w = w
        self.cache = [w]

layer = Layer(np.arange(3.0))
clone = copy.deepcopy(layer)
layer.w[0] = 10.0
print(clone.w, type(clone).__name__, clone.cache[0] is clone.w, copy.copy(layer).w is layer.w)
shared = [1, 2]
both = copy.deepcopy([shared, shared])
print(both, both[0] is both[1], copy.copy((1, 2)), copy.deepcopy(3.5))
