class A {
  constructor() { throw new Error('ctor'); }
}
new A();
