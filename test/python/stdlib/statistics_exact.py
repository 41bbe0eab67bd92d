# statistics: means and spreads computed exactly and rounded once (ints stay ints when the result
# is whole), medians, modes, quantiles, and the StatisticsError texts.
import statistics
from statistics import mean, median, stdev, variance

losses = [0.1, 0.2, 0.30000000000000004, 1e-17, 2.5, 1e16, -1e16]
print(mean([1, 2, 3.5]), mean([1, 2, 3]), mean([1, 2]), mean(losses), statistics.fmean(losses))
print(variance([1, 3, 5]), variance(losses), stdev([1, 3, 5]), stdev(losses))
print(statistics.pvariance([0.1] * 3 + [0.2]), statistics.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(variance([1, 2, 3, 4], xbar=2.5), variance([1, 2, 3], 2), mean([True, False, True]))
print(median([5, 1, 3]), median([1, 3, 5, 7]), statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]))
print(statistics.mode([1, 2, 2, 3, 3]), statistics.multimode('aabbbcccd'), statistics.multimode([]))
scores = [72.5, 88.0, 91.25, 65.0, 79.5, 84.75, 90.0, 58.5, 77.0]
print(statistics.quantiles(scores), statistics.quantiles(scores, n=10, method='inclusive'))
print(statistics.harmonic_mean([40, 60]), statistics.harmonic_mean([0, 3]), statistics.geometric_mean([54, 24, 36]))
print(mean([1e300, 1e300]), mean([1e-320, 3e-320]), stdev([1e-300, 3e-300]), mean([float('inf'), 1]))
for bad in [[], [1]]:
    for f in (mean, variance, stdev, median):
        try:
            f(bad)
        except statistics.StatisticsError as e:
            print(f.__name__, 'StatisticsError:', e, isinstance(e, ValueError))
try:
    mean(['a', 'b'])
except TypeError as e:
    print('TypeError:', e)
statistics.pstdev([])
