# corpus-module: imported by import_errors.py (its body raises)
print("failing_body: start")
ratio = 1 / 0
