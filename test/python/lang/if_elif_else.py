def classify(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    else:
        return "F"

for s in [95, 85.5, 70, 12, 89.99]:
    print(s, classify(s))
x = []
if x:
    print("non-empty")
else:
    print("empty")
if 0.0:
    print("zero is true?")
elif None:
    print("None is true?")
else:
    print("both falsy")
