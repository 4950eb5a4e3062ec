// Indentation with tabs and spaces before the throw keeps the caret aligned.
function f() {
	if (true) {
	    throw new Error('tab then spaces');
	}
}
f();
