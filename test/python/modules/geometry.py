# corpus-module: imported by the programs of this folder (a plain module beside them)
"""Points and a scale factor."""
print("geometry: loading")
scale = 2


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def scaled(p):
    return Point(p.x * scale, p.y * scale)


def _private():
    return "hidden"


if __name__ == "__main__":
    print("geometry run as a script")
