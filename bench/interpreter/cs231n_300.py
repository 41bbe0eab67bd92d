# A CS231n-style assignment file (assignment 1, two_layer_net): layers with forward and
# backward passes, a two-layer fully connected net with a softmax loss and its gradients, a
# numeric gradient check, a few epochs of SGD on toy data and the accuracies.
# bench/interpreter times its run (target: under 100 ms after warm-up).
import numpy as np


def affine_forward(x, w, b):
    """Computes the forward pass for an affine (fully connected) layer.

    x: input of shape (N, D); w: weights of shape (D, M); b: biases of shape (M,).
    Returns out (N, M) and a cache for the backward pass.
    """
    out = x.reshape(x.shape[0], -1).dot(w) + b
    cache = (x, w, b)
    return out, cache


def affine_backward(dout, cache):
    """Computes the backward pass for an affine layer: dx, dw, db."""
    x, w, b = cache
    dx = dout.dot(w.T).reshape(x.shape)
    dw = x.reshape(x.shape[0], -1).T.dot(dout)
    db = np.sum(dout, axis=0)
    return dx, dw, db


def relu_forward(x):
    """Computes the forward pass for a layer of rectified linear units."""
    out = np.maximum(0, x)
    cache = x
    return out, cache


def relu_backward(dout, cache):
    """Computes the backward pass for a layer of rectified linear units."""
    x = cache
    dx = dout * (x > 0)
    return dx


def affine_relu_forward(x, w, b):
    """An affine transform followed by a ReLU."""
    a, fc_cache = affine_forward(x, w, b)
    out, relu_cache = relu_forward(a)
    cache = (fc_cache, relu_cache)
    return out, cache


def affine_relu_backward(dout, cache):
    """Backward pass for the affine-relu convenience layer."""
    fc_cache, relu_cache = cache
    da = relu_backward(dout, relu_cache)
    dx, dw, db = affine_backward(da, fc_cache)
    return dx, dw, db


def softmax_loss(x, y):
    """Computes the loss and gradient for softmax classification.

    x: scores of shape (N, C); y: labels of shape (N,), 0 <= y[i] < C.
    Returns the loss and dx, the gradient of the loss with respect to x.
    """
    shifted = x - np.max(x, axis=1, keepdims=True)
    Z = np.sum(np.exp(shifted), axis=1, keepdims=True)
    log_probs = shifted - np.log(Z)
    probs = np.exp(log_probs)
    N = x.shape[0]
    loss = -np.sum(log_probs[np.arange(N), y]) / N
    dx = probs.copy()
    dx[np.arange(N), y] -= 1
    dx /= N
    return loss, dx


def svm_loss(x, y):
    """Computes the loss and gradient for multiclass SVM classification."""
    N = x.shape[0]
    correct = x[np.arange(N), y]
    margins = np.maximum(0, x - correct[:, np.newaxis] + 1.0)
    margins[np.arange(N), y] = 0
    loss = np.sum(margins) / N
    num_pos = np.sum(margins > 0, axis=1)
    dx = np.zeros_like(x)
    dx[margins > 0] = 1
    dx[np.arange(N), y] -= num_pos
    dx /= N
    return loss, dx


def softmax_loss_naive(W, X, y, reg):
    """The softmax loss with explicit loops, as in the assignment's first part."""
    loss = 0.0
    dW = np.zeros_like(W)
    num_train = X.shape[0]
    num_classes = W.shape[1]
    for i in range(num_train):
        scores = X[i].dot(W)
        scores -= np.max(scores)
        exp_scores = np.exp(scores)
        total = np.sum(exp_scores)
        loss += -scores[y[i]] + np.log(total)
        for j in range(num_classes):
            p = exp_scores[j] / total
            dW[:, j] += (p - (j == y[i])) * X[i]
    loss /= num_train
    dW /= num_train
    loss += reg * np.sum(W * W)
    dW += 2 * reg * W
    return loss, dW


class TwoLayerNet:
    """A two-layer fully-connected network: input - affine - relu - affine - softmax.

    The parameters are stored in self.params, a dict from names to arrays:
    W1 (D, H), b1 (H,), W2 (H, C), b2 (C,).
    """

    def __init__(self, input_size, hidden_size, output_size, std=1e-4):
        self.params = {}
        self.params['W1'] = std * np.random.randn(input_size, hidden_size)
        self.params['b1'] = np.zeros(hidden_size)
        self.params['W2'] = std * np.random.randn(hidden_size, output_size)
        self.params['b2'] = np.zeros(output_size)

    def loss(self, X, y=None, reg=0.0):
        """Computes the loss and gradients for a minibatch; the scores when y is None."""
        W1, b1 = self.params['W1'], self.params['b1']
        W2, b2 = self.params['W2'], self.params['b2']
        h, cache1 = affine_relu_forward(X, W1, b1)
        scores, cache2 = affine_forward(h, W2, b2)
        if y is None:
            return scores

        data_loss, dscores = softmax_loss(scores, y)
        reg_loss = reg * (np.sum(W1 * W1) + np.sum(W2 * W2))
        loss = data_loss + reg_loss

        grads = {}
        dh, grads['W2'], grads['b2'] = affine_backward(dscores, cache2)
        dx, grads['W1'], grads['b1'] = affine_relu_backward(dh, cache1)
        grads['W2'] += 2 * reg * W2
        grads['W1'] += 2 * reg * W1
        return loss, grads

    def train(self, X, y, X_val, y_val, learning_rate=1e-3, learning_rate_decay=0.95,
              reg=5e-6, num_iters=100, batch_size=200, verbose=False):
        """Trains the network with stochastic gradient descent."""
        num_train = X.shape[0]
        iterations_per_epoch = max(num_train // batch_size, 1)
        loss_history = []
        train_acc_history = []
        val_acc_history = []
        for it in range(num_iters):
            batch = np.random.choice(num_train, batch_size, replace=True)
            X_batch = X[batch]
            y_batch = y[batch]
            loss, grads = self.loss(X_batch, y=y_batch, reg=reg)
            loss_history.append(loss)
            for name in self.params:
                self.params[name] -= learning_rate * grads[name]
            if verbose and it % 10 == 0:
                print(f'iteration {it} / {num_iters}: loss {loss:f}')
            if it % iterations_per_epoch == 0:
                train_acc = np.mean(self.predict(X_batch) == y_batch)
                val_acc = np.mean(self.predict(X_val) == y_val)
                train_acc_history.append(train_acc)
                val_acc_history.append(val_acc)
                learning_rate *= learning_rate_decay
        return {
            'loss_history': loss_history,
            'train_acc_history': train_acc_history,
            'val_acc_history': val_acc_history,
        }

    def predict(self, X):
        """The predicted class of each row of X."""
        scores = self.loss(X)
        return np.argmax(scores, axis=1)


def eval_numerical_gradient(f, x, h=1e-5):
    """A centered-difference gradient of f at x, one coordinate at a time (x is modified
    in place and restored)."""
    grad = np.zeros_like(x)
    it = np.nditer(x, flags=['multi_index'], op_flags=['readwrite'])
    while not it.finished:
        ix = it.multi_index
        oldval = x[ix]
        x[ix] = oldval + h
        fxph = f(x)
        x[ix] = oldval - h
        fxmh = f(x)
        x[ix] = oldval
        grad[ix] = (fxph - fxmh) / (2 * h)
        it.iternext()
    return grad


def rel_error(x, y):
    """The maximum relative error between two arrays."""
    return np.max(np.abs(x - y) / np.maximum(1e-8, np.abs(x) + np.abs(y)))


def init_toy_model(input_size, hidden_size, num_classes):
    np.random.seed(0)
    return TwoLayerNet(input_size, hidden_size, num_classes, std=1e-1)


def init_toy_data(num_inputs, input_size):
    np.random.seed(1)
    X = 10 * np.random.randn(num_inputs, input_size)
    y = np.array([0, 1, 2, 2, 1])
    return X, y


def make_blobs(num_points, num_classes, dims, spread):
    """Gaussian blobs around random class centres: a separable toy data set."""
    centres = 3.0 * np.random.randn(num_classes, dims)
    labels = np.arange(num_points) % num_classes
    X = centres[labels] + spread * np.random.randn(num_points, dims)
    return X, labels


def check_layers():
    """Numeric gradient checks of the layers, as the assignment's notebook does."""
    np.random.seed(231)
    x = np.random.randn(4, 5)
    w = np.random.randn(5, 3)
    b = np.random.randn(3)
    dout = np.random.randn(4, 3)
    _, cache = affine_forward(x, w, b)
    dx, dw, db = affine_backward(dout, cache)
    dx_num = eval_numerical_gradient(lambda v: np.sum(affine_forward(v, w, b)[0] * dout), x)
    dw_num = eval_numerical_gradient(lambda v: np.sum(affine_forward(x, v, b)[0] * dout), w)
    db_num = eval_numerical_gradient(lambda v: np.sum(affine_forward(x, w, v)[0] * dout), b)
    print('affine dx error ok:', rel_error(dx, dx_num) < 1e-7)
    print('affine dw error ok:', rel_error(dw, dw_num) < 1e-7)
    print('affine db error ok:', rel_error(db, db_num) < 1e-7)

    x = np.random.randn(6, 4)
    dout = np.random.randn(6, 4)
    _, cache = relu_forward(x)
    dx = relu_backward(dout, cache)
    dx_num = eval_numerical_gradient(lambda v: np.sum(relu_forward(v)[0] * dout), x)
    print('relu dx error ok:', rel_error(dx, dx_num) < 1e-7)

    scores = 0.01 * np.random.randn(7, 4)
    labels = np.random.randint(4, size=7)
    loss, dx = svm_loss(scores, labels)
    dx_num = eval_numerical_gradient(lambda v: svm_loss(v, labels)[0], scores)
    print('svm loss %.6f, dx error ok: %s' % (float(loss), rel_error(dx, dx_num) < 1e-6))
    loss, dx = softmax_loss(scores, labels)
    dx_num = eval_numerical_gradient(lambda v: softmax_loss(v, labels)[0], scores)
    print('softmax loss %.6f, dx error ok: %s' % (float(loss), rel_error(dx, dx_num) < 1e-6))


def check_naive_softmax():
    """The looped softmax against the vectorized one on a small linear classifier."""
    np.random.seed(3)
    W = 0.001 * np.random.randn(6, 3)
    X = np.random.randn(8, 6)
    y = np.random.randint(3, size=8)
    loss_naive, grad_naive = softmax_loss_naive(W, X, y, 0.1)
    loss_vec, dscores = softmax_loss(X.dot(W), y)
    loss_vec += 0.1 * np.sum(W * W)
    grad_vec = X.T.dot(dscores) + 2 * 0.1 * W
    print(f'naive softmax loss {loss_naive:.6f}, matches vectorized: {abs(loss_naive - loss_vec) < 1e-10}')
    print('naive softmax gradient matches:', rel_error(grad_naive, grad_vec) < 1e-8)


def check_two_layer_net():
    """The toy model of the notebook: scores, loss and every parameter's gradient."""
    input_size, hidden_size, num_classes, num_inputs = 4, 10, 3, 5
    net = init_toy_model(input_size, hidden_size, num_classes)
    X, y = init_toy_data(num_inputs, input_size)
    scores = net.loss(X)
    print('scores shape:', scores.shape, f'sum {np.sum(scores):.6f}')
    loss, grads = net.loss(X, y, reg=0.05)
    print(f'toy loss {loss:.8f}')
    for name in sorted(grads):
        f = lambda W: net.loss(X, y, reg=0.05)[0]
        grad_num = eval_numerical_gradient(f, net.params[name])
        print('%s max relative error ok: %s' % (name, rel_error(grad_num, grads[name]) < 1e-6))


def train_on_blobs():
    """A few epochs of SGD on separable blobs: the loss falls, the accuracy rises."""
    np.random.seed(7)
    X, y = make_blobs(120, 3, 4, 0.5)
    X_val, y_val = make_blobs(30, 3, 4, 0.5)
    net = TwoLayerNet(4, 16, 3, std=0.1)
    stats = net.train(X, y, X_val, y_val, learning_rate=0.1, learning_rate_decay=0.95,
                      reg=1e-4, num_iters=60, batch_size=40, verbose=True)
    history = stats['loss_history']
    print(f'first loss {history[0]:.6f}, last loss {history[-1]:.6f}')
    print(f'train accuracy {np.mean(net.predict(X) == y):.3f}')
    print('epochs recorded:', len(stats['val_acc_history']))


check_layers()
check_naive_softmax()
check_two_layer_net()
train_on_blobs()
