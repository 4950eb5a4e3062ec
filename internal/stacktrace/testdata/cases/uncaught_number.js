  throw 42;
