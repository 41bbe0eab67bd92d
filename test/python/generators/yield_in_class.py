class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            yield from c.leaves()

t = Tree(1, [Tree(2, [Tree(4), Tree(5)]), Tree(3)])
print(list(t), sum(t), max(t))
print(list(t.leaves()))
print(4 in t, 9 in t)
it = iter(t)
print(next(it), next(it))
