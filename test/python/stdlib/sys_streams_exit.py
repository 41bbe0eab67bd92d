# sys: argv, maxsize, float_info, version_info, stdout.write, and sys.exit(0) ending the run as a
# success after the finally block ran.
import sys

print(len(sys.argv), sys.argv[0].endswith('sys_streams_exit.py'), sys.maxsize, sys.maxsize + 1)
print(sys.float_info.epsilon, sys.float_info.max, sys.float_info[8] == sys.float_info.epsilon)
print(sys.float_info)
print(sys.version_info[:2], sys.version_info >= (3, 8), sys.version_info.major, sys.getrecursionlimit())
n = sys.stdout.write('written directly\n')
print(n)
try:
    raise SystemExit(2)
except SystemExit as e:
    print('caught', e.code, type(e).__name__)
try:
    sys.exit(0)
finally:
    print('finally runs')
print('not reached')
