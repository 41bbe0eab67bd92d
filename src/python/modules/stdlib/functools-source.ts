// The body of `functools`: reduce, partial, lru_cache / cache (which really cache: recursive
// memoised functions are common in exercises), wraps, total_ordering, cmp_to_key.
export const FUNCTOOLS_SOURCE = `_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing):
    it = iter(sequence)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError('reduce() of empty iterable with no initial value') from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


class partial:
    def __init__(self, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        args = [repr(self.func)]
        args.extend(repr(x) for x in self.args)
        args.extend(f'{k}={v!r}' for (k, v) in self.keywords.items())
        return 'functools.partial(' + ', '.join(args) + ')'


WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__')


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=()):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            try:
                setattr(wrapper, attr, value)
            except (AttributeError, TypeError):
                pass
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=()):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


class _CacheInfo(tuple):
    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])

    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % tuple(self)


def _lru_cache_wrapper(user_function, maxsize, typed):
    # a function (not an object with __call__), so that it binds as a method like the function it
    # wraps; cache_info and cache_clear are its attributes
    cache = {}
    stats = [0, 0]  # hits, misses

    def key_of(args, kwds):
        key = args
        if kwds:
            key += (_kwd_mark,)
            for item in kwds.items():
                key += item
        if typed:
            key += tuple(type(v) for v in args)
            if kwds:
                key += tuple(type(v) for v in kwds.values())
        return key

    def wrapper(*args, **kwds):
        if maxsize == 0:
            stats[1] += 1
            return user_function(*args, **kwds)
        key = key_of(args, kwds)
        if key in cache:
            stats[0] += 1
            result = cache.pop(key)
            cache[key] = result
            return result
        stats[1] += 1
        result = user_function(*args, **kwds)
        cache[key] = result
        if maxsize is not None and len(cache) > maxsize:
            del cache[next(iter(cache))]
        return result

    def cache_info():
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        cache.clear()
        stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return update_wrapper(wrapper, user_function)


_kwd_mark = (object(),)


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_cache_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)
    return decorating_function


def cache(user_function, /):
    return lru_cache(maxsize=None)(user_function)


def cmp_to_key(mycmp):
    class K(object):
        __slots__ = ['obj']

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    return K


def total_ordering(cls):
    defined = [op for op in ('__lt__', '__le__', '__gt__', '__ge__') if getattr(cls, op, None) is not getattr(object, op, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(defined)
    if root == '__lt__':
        fill = {'__gt__': lambda self, other: _not_op_and_not_eq(self.__lt__, self, other),
                '__le__': lambda self, other: _op_or_eq(self.__lt__, self, other),
                '__ge__': lambda self, other: _not_op(self.__lt__, other)}
    elif root == '__le__':
        fill = {'__ge__': lambda self, other: _not_op_or_eq(self.__le__, self, other),
                '__lt__': lambda self, other: _op_and_not_eq(self.__le__, self, other),
                '__gt__': lambda self, other: _not_op(self.__le__, other)}
    elif root == '__gt__':
        fill = {'__lt__': lambda self, other: _not_op_and_not_eq(self.__gt__, self, other),
                '__ge__': lambda self, other: _op_or_eq(self.__gt__, self, other),
                '__le__': lambda self, other: _not_op(self.__gt__, other)}
    else:
        fill = {'__le__': lambda self, other: _not_op_or_eq(self.__ge__, self, other),
                '__gt__': lambda self, other: _op_and_not_eq(self.__ge__, self, other),
                '__lt__': lambda self, other: _not_op(self.__ge__, other)}
    for opname, opfunc in fill.items():
        if opname not in defined:
            setattr(cls, opname, opfunc)
    return cls


def _not_op(op, other):
    result = op(other)
    if result is NotImplemented:
        return result
    return not result


def _op_or_eq(op, self, other):
    result = op(other)
    if result is NotImplemented:
        return result
    return result or self == other


def _not_op_and_not_eq(op, self, other):
    result = op(other)
    if result is NotImplemented:
        return result
    return not result and self != other


def _not_op_or_eq(op, self, other):
    result = op(other)
    if result is NotImplemented:
        return result
    return not result or self == other


def _op_and_not_eq(op, self, other):
    result = op(other)
    if result is NotImplemented:
        return result
    return result and self != other
`;
