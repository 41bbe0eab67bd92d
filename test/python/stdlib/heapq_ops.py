# heapq: the heap's exact layout after pushes, pops, heapify, heapreplace and heappushpop (as
# CPython's _heapq places items), nlargest/nsmallest with key, merge, and the argument errors.
import heapq
import random

random.seed(7)
heap = []
for x in [random.randint(0, 99) for _ in range(15)]:
    heapq.heappush(heap, x)
print(heap)
print([heapq.heappop(heap) for _ in range(5)], heap)
data = [random.randint(0, 50) for _ in range(20)]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 60), heapq.heappushpop(data, 1), heapq.heappushpop(data, 70), data)
tasks = [(3, 'write'), (1, 'plan'), (2, 'code'), (1, 'eat')]
heapq.heapify(tasks)
print([heapq.heappop(tasks) for _ in range(len(tasks))])
words = ['pear', 'fig', 'banana', 'kiwi', 'apple', 'date']
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(2, words), heapq.nsmallest(0, words), heapq.nlargest(10, [3, 1, 2]))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 4])), list(heapq.merge(['bb', 'a'], ['ccc'], key=len, reverse=True)))
for bad in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush((), 1), lambda: heapq.heapify(3)]:
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
