// The body of `statistics` (CPython 3.11's results and messages): averages and spreads computed
// exactly by the native half (modules/statistics.ts) and rounded once, the result's type chosen
// from the data's types as CPython coerces them (ints stay ints when the result is whole, floats
// and float subclasses such as np.float64 win); medians, modes and quantiles in plain arithmetic.
// Decimal and Fraction data, weights for harmonic_mean, median_grouped, NormalDist, covariance,
// correlation and linear_regression are not provided.
export const STATISTICS_SOURCE = `import math
import _gradlens_statistics as _native


class StatisticsError(ValueError):
    pass


def _result_type(data):
    # the type every value coerces to: ints (and bools) give way to anything else
    T = int
    for x in data:
        S = type(x)
        if S is T or S is int or S is bool or issubclass(T, S):
            continue
        if T is int or issubclass(S, T) or issubclass(T, int):
            T = S
        elif not issubclass(S, int):
            raise TypeError(f"don't know how to coerce {T.__name__} and {S.__name__}")
    if not (T is int or issubclass(T, float)):
        _native.unsupported(f'statistics on {T.__name__} values')
    return T


def _convert(num, den, T, divisor=1):
    # num/den is exact (den None: num is an infinite or NaN float sum)
    if den is None:
        value = num / divisor
    else:
        value = _native.convert(num, den, divisor, T is int)
    if T is int or T is float or type(value) is T:
        return value
    return T(value)


def _sqrt(num, den, divisor):
    if den is None:
        raise AttributeError("'float' object has no attribute 'numerator'")
    return _native.sqrt(num, den, divisor)


def mean(data):
    data = list(data)
    num, den = _native.exact_sum(data)
    T = _result_type(data)
    if not data:
        raise StatisticsError('mean requires at least one data point')
    return _convert(num, den, T, len(data))


def fmean(data, weights=None):
    data = list(data)
    n = len(data)
    if weights is None:
        total = math.fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    weights = list(weights)
    num = math.fsum([x * w for x, w in zip(data, weights)])
    if n != len(weights):
        raise StatisticsError('data and weights must be the same length')
    den = math.fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    try:
        return math.exp(fmean([math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset containing positive numbers') from None


def harmonic_mean(data, weights=None):
    if weights is not None:
        _native.unsupported('statistics.harmonic_mean with weights')
    data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1:
        x = data[0]
        if not isinstance(x, (int, float)):
            raise TypeError('unsupported type')
        if x < 0:
            raise StatisticsError('harmonic mean does not support negative values')
        return x
    terms = []
    for x in data:
        if x < 0:
            raise StatisticsError('harmonic mean does not support negative values')
        if x == 0:
            return 0
        terms.append(1 / x)
    num, den = _native.exact_sum(terms)
    T = _result_type(terms)
    if num <= 0:
        raise StatisticsError('Weighted sum must be positive')
    if den is None:
        return _convert(n / num, None, T)
    return _convert(n * den, num, T)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    return (data[n // 2 - 1] + data[n // 2]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[(n - 1) // 2]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def _counts(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    counts = _counts(data)
    if not counts:
        raise StatisticsError('no mode for empty data')
    best, most = None, 0
    for value, count in counts.items():
        if count > most:
            best, most = value, count
    return best


def multimode(data):
    counts = _counts(data)
    if not counts:
        return []
    most = max(counts.values())
    return [value for value, count in counts.items() if count == most]


def _ss(data, c):
    # the exact sum of squared deviations from c (None: from the exact mean) and the result type
    if c is not None:
        squares = []
        for x in data:
            d = x - c
            squares.append(d * d)
        num, den = _native.exact_sum(squares)
        return num, den, _result_type(squares)
    num, den = _native.exact_ss(data)
    return num, den, _result_type(data)


def variance(data, xbar=None):
    data = list(data)
    num, den, T = _ss(data, xbar)
    if len(data) < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(num, den, T, len(data) - 1)


def pvariance(data, mu=None):
    data = list(data)
    num, den, T = _ss(data, mu)
    if len(data) < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(num, den, T, len(data))


def stdev(data, xbar=None):
    data = list(data)
    num, den, T = _ss(data, xbar)
    if len(data) < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _sqrt(num, den, len(data) - 1)


def pstdev(data, mu=None):
    data = list(data)
    num, den, T = _ss(data, mu)
    if len(data) < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _sqrt(num, den, len(data))


def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    size = len(data)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = size - 1
        cuts = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            cuts.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return cuts
    if method == 'exclusive':
        m = size + 1
        cuts = []
        for i in range(1, n):
            j = min(max(i * m // n, 1), size - 1)
            delta = i * m - j * n
            cuts.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return cuts
    raise ValueError(f'Unknown method: {method!r}')
`;
