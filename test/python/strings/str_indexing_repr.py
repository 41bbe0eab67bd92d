s = "backprop"
print(s[0], s[-1], s[2:5], s[::-1], len(s))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\there"), repr("new\nline"))
print(repr(""), repr("\\"), repr("caf\u00e9"), "caf\u00e9", len("caf\u00e9"))
print(["a", 'b', "it's"], ("x",), {"k": "v"})
print("multi\nline")
print("tab\tseparated")
print("""triple
quoted""")
print('single' 'adjacent' "concatenation")
print(r"raw\nstring", len(r"\n"))
try:
    s[0] = "B"
except TypeError as e:
    print(e)
try:
    print(s[20])
except IndexError as e:
    print(e)
print(str(None), str(True), str([1, "a"]), str((1,)))
