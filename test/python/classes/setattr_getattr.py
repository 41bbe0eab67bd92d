class Config:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

cfg = Config(lr=0.1, epochs=3)
print(cfg.lr, getattr(cfg, "epochs"), getattr(cfg, "momentum", 0.9))
setattr(cfg, "lr", cfg.lr / 10)
print(cfg.lr, hasattr(cfg, "lr"), hasattr(cfg, "beta"))
for name in ["lr", "epochs"]:
    print(name, "=", getattr(cfg, name))
delattr(cfg, "epochs")
print(hasattr(cfg, "epochs"))
try:
    cfg.epochs
except AttributeError as e:
    print("AttributeError:", e)
print(getattr([1, 2], "count")(2), getattr("abc", "upper")())
