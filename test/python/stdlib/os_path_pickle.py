# os.path string functions and the pickle constants (the rest of os and pickle is unsupported)
import os
import os.path
import pickle
from os.path import join, splitext
print(os.path.join('checkpoints', 'model_epoch_%d.pkl' % 3), join('/a/', 'b', '/c', 'd'))
print(os.path.split('/usr/lib/'), os.path.split('a'), os.path.split('//x//y'), os.path.dirname('/a/b/c.py'))
print(splitext('archive.tar.gz'), splitext('.bashrc'), splitext('a/.b.c'), splitext('x.'), os.sep, pickle.HIGHEST_PROTOCOL)
print(os.path.basename('dir/file.py'), os.path.isabs('/x'), os.path.isabs('x'), os.name, os.path is os.path)
try:
    os.path.join('a', 3)
except TypeError as e:
    print(e)
for f in (os.path.split, os.path.splitext, os.path.basename):
    try:
        f(3)
    except TypeError as e:
        print(e)
