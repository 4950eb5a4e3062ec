var s = 'abc
