class Node:
    count = 0
    registry = []

    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
        Node.count += 1
        self.id = Node.count
        Node.registry.append(self)

    def total(self):
        return self.value + sum(c.total() for c in self.children)

    def depth(self):
        return 1 + max((c.depth() for c in self.children), default=0)

leaf1, leaf2 = Node(1.5), Node(2)
mid = Node(3, [leaf1])
root = Node(10, [mid, leaf2])
print(Node.count, root.id, [n.value for n in Node.registry])
print(root.total(), root.depth(), leaf2.depth())
print(vars(leaf2) == {"value": 2, "children": [], "id": 2})
print(leaf1.__class__.__name__, Node.__name__, root.__dict__["value"])
