lr = 0.001
losses = [2.302585, 1.5, 0.75, 0.3333333333333333, 1e-05]
for epoch, loss in enumerate(losses):
    print("epoch", epoch, "loss", loss, "lr", lr)
    lr *= 0.5
print("final lr:", lr)
print("ratio", losses[0] / losses[-1])
acc = 37 / 40
print("accuracy", acc, f"({acc:.1%})", round(acc * 100, 2))
print(str(0.1 + 0.2) + "!", repr(1e-7), 1e-7 * 10)
print(sum([0.1] * 10), 0.1 * 10, sum([0.5] * 4))
print(3 * 0.1, 0.3, 0.1 + 0.1 + 0.1 == 0.3)
print(1 - 1e-16, 1 + 1e-16, 1 + 2.2e-16)
