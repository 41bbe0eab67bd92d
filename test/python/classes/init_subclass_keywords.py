# Class keyword arguments go to __init_subclass__ of the first base defining it (a class method
# without the decorator); object's takes none. __set_name__ tells descriptors their names.
class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls

class Csv(Plugin, name='csv'):
    pass

class Json(Plugin):
    pass

options = {'name': 'yaml'}
class Yaml(Plugin, **options):
    pass

print(sorted(Plugin.registry), Csv.plugin_name, Json.plugin_name, Yaml.plugin_name)
for extra in [dict(name='x', colour='red'), dict(size=3)]:
    try:
        class Bad(Plugin, **extra):
            pass
    except TypeError as e:
        print('TypeError:', e)

class Field:
    def __set_name__(self, owner, name):
        self.label = f'{owner.__name__}.{name}'

class Row:
    width = Field()

print(Row.width.label)
class Broken(object, colour='red'):
    pass
