// The body of `heapq`: the binary min-heap operations on a list, placing items exactly where
// CPython's _heapq places them (a popped or replaced root's hole walks down to a leaf through the
// smaller children, then the new item rises), with its argument errors; nlargest/nsmallest as
// the sorted slices they are documented to equal; merge as a lazy, stable k-way merge.
export const HEAPQ_SOURCE = `def _check_list(heap, fname, position):
    if not isinstance(heap, list):
        raise TypeError(f'{fname}() argument{position} must be list, not {type(heap).__name__}')


def _rise(heap, start, pos):
    # moves heap[pos] toward the root while it is smaller than its parent
    item = heap[pos]
    while pos > start:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if not item < parent:
            break
        heap[pos] = parent
        pos = parent_pos
    heap[pos] = item


def _sink(heap, pos):
    # heap[pos]'s subtrees are heaps: walk the hole down through the smaller children, then let
    # the item rise from the leaf it reached
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _rise(heap, start, pos)


def heappush(heap, item):
    _check_list(heap, 'heappush', ' 1')
    heap.append(item)
    _rise(heap, 0, len(heap) - 1)


def heappop(heap):
    _check_list(heap, 'heappop', '')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    heap[0] = last
    _sink(heap, 0)
    return top


def heapreplace(heap, item):
    _check_list(heap, 'heapreplace', ' 1')
    if not heap:
        raise IndexError('index out of range')
    top = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return top


def heappushpop(heap, item):
    _check_list(heap, 'heappushpop', ' 1')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sink(heap, 0)
    return item


def heapify(heap):
    _check_list(heap, 'heapify', '')
    for pos in reversed(range(len(heap) // 2)):
        _sink(heap, pos)


def nsmallest(n, iterable, key=None):
    items = sorted(iterable, key=key)
    return items[:n] if n > 0 else []


def nlargest(n, iterable, key=None):
    items = sorted(iterable, key=key, reverse=True)
    return items[:n] if n > 0 else []


class _MergeKey:
    # orders the merge's heads by key (reversed for reverse=True), ties by the iterable's position

    def __init__(self, key, order, reverse):
        self.key = key
        self.order = order
        self.reverse = reverse

    def __lt__(self, other):
        if self.reverse:
            if other.key < self.key:
                return True
            if self.key < other.key:
                return False
        else:
            if self.key < other.key:
                return True
            if other.key < self.key:
                return False
        return self.order < other.order


def merge(*iterables, key=None, reverse=False):
    heads = []
    for order, iterable in enumerate(iterables):
        it = iter(iterable)
        for value in it:
            heads.append([_MergeKey(value if key is None else key(value), order, reverse), value, it])
            break
    heapify(heads)
    while heads:
        head = heads[0]
        yield head[1]
        for value in head[2]:
            head[0] = _MergeKey(value if key is None else key(value), head[0].order, reverse)
            head[1] = value
            heapreplace(heads, head)
            break
        else:
            heappop(heads)
`;
