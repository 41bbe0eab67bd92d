class A:
    def __init__(self):
        self.x = 1

cases = [
    lambda: A().y,
    lambda: (1).foo,
    lambda: "s".push,
    lambda: [].shape,
    lambda: None.data,
    lambda: A.missing,
]
for c in cases:
    try:
        c()
    except AttributeError as e:
        print(e)
