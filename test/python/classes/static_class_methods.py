class Temperature:
    scale = "C"
    instances = 0

    def __init__(self, degrees):
        self.degrees = degrees
        Temperature.instances += 1

    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32

    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)

    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.scale}, {cls.instances} made"

class Kelvin(Temperature):
    scale = "K"

t = Temperature.from_f(212)
print(t.degrees, Temperature.c_to_f(100), t.c_to_f(-40))
k = Kelvin.from_f(32)
print(type(k).__name__, k.degrees)
print(Temperature.describe(), Kelvin.describe(), k.describe())
