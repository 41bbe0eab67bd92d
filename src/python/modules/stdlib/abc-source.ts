// The body of `abc`: ABCMeta is native (runtime/class-setup.ts computes a class's
// __abstractmethods__ and object.__new__ refuses to instantiate one that has any); ABC is a class
// of that metaclass, abstractmethod marks a function.
export const ABC_SOURCE = `from _gradlens_abc import ABCMeta


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class ABC(metaclass=ABCMeta):
    pass
`;
