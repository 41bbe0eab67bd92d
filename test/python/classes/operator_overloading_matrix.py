class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    @property
    def shape(self):
        return (len(self.rows), len(self.rows[0]))
    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __eq__(self, other):
        return self.rows == other.rows
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __repr__(self):
        return f"Matrix({self.rows})"
    @property
    def T(self):
        return Matrix(zip(*self.rows))

A = Matrix([[1, 2], [3, 4], [5, 6]])
B = Matrix([[0.5, -1], [2, 0]])
C = A @ B
print(C, C.shape, C[2, 0])
print(A.T, A.T.T == A, (A @ B).T == B.T @ A.T)
