# operator: the operators as functions, itemgetter / attrgetter / methodcaller (sort keys).
import operator

print(operator.add(1, 2), operator.mul(2.5, 2), operator.neg(3), operator.truediv(1, 4), operator.pow(2, 10), operator.abs(-2))
pairs = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(pairs, key=operator.itemgetter(1)), operator.itemgetter(0, 1)(pairs[0]), operator.itemgetter(1))
class P:
    def __init__(self, x):
        self.x = x
print(operator.attrgetter('x')(P(5)), operator.methodcaller('upper')('ab'), operator.attrgetter('x', 'x')(P(1)))
print(operator.itemgetter(1), operator.attrgetter('x.y'), operator.methodcaller('f', 1, k=2))
print(list(map(operator.sub, [5, 6], [1, 2])), operator.contains([1, 2], 2), operator.getitem({'k': 1}, 'k'), operator.not_(0))
