# warnings: catch_warnings(record=True) collects WarningMessage objects (stacklevel=2: the
# caller's line), filters decide (ignore by message regex or category, 'always', 'error' raises),
# catch_warnings restores the filter list; formatwarning's text.
import warnings


def lr_check(lr):
    if lr > 1:
        warnings.warn(f'learning rate {lr} is large', stacklevel=2)


with warnings.catch_warnings(record=True) as log:
    for lr in [0.1, 5, 7]:
        lr_check(lr)
    warnings.warn('nan loss', RuntimeWarning)
    warnings.warn(FutureWarning('api changes'))
print([(w.category.__name__, str(w.message), w.lineno) for w in log])
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', message='noisy')
    warnings.filterwarnings('ignore', category=RuntimeWarning)
    for text in ['noisy one', 'NOISY two', 'kept', 'kept']:
        warnings.warn(text)
    warnings.warn('dropped', RuntimeWarning)
    warnings.warn('deprecated', DeprecationWarning)
    print(warnings.filters[0], len(warnings.filters))
print([str(w.message) for w in log], len(warnings.filters), warnings.filters[1])
with warnings.catch_warnings(action='error', category=UserWarning):
    try:
        lr_check(9)
    except UserWarning as e:
        print('raised', repr(e), isinstance(e, Warning), issubclass(FutureWarning, Warning))
try:
    warnings.warn('x', 'not a class')
except TypeError as e:
    print('TypeError:', e)
print(warnings.formatwarning('msg', UserWarning, 'nofile.py', 3, 'x = 1  '), end='')
print(warnings.catch_warnings(record=True), warnings.defaultaction)
