function f() {
	throw new Error('tab');
}
f();
