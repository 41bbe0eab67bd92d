# dataclasses: a config / record class with defaults and default_factory, the generated __init__,
# __repr__ and __eq__, asdict / astuple / fields / replace, and CPython's argument errors.
from dataclasses import dataclass, field, asdict, astuple, fields, replace, is_dataclass


@dataclass
class TrainConfig:
    lr: float
    reg: float = 1e-4
    hidden_sizes: list = field(default_factory=list)
    verbose: bool = field(default=False, repr=False)


cfg = TrainConfig(1e-3, hidden_sizes=[100, 50])
print(cfg, cfg == TrainConfig(1e-3, 1e-4, [100, 50]), cfg.verbose)
print(asdict(cfg), astuple(cfg), [f.name for f in fields(TrainConfig)])
print(replace(cfg, lr=0.5), is_dataclass(cfg), is_dataclass(TrainConfig), is_dataclass(3))
for args, kw in [((), {}), ((1, 2, 3, 4, 5), {}), ((1,), {'momentum': 0.9}), ((1,), {'lr': 2})]:
    try:
        TrainConfig(*args, **kw)
    except TypeError as e:
        print('TypeError', e)
try:
    hash(cfg)
except TypeError as e:
    print('TypeError', e)
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print('TypeError', e)
try:
    @dataclass
    class Shared:
        items: list = []
except ValueError as e:
    print('ValueError', e)
