// The source line shown for an uncaught error is printed in full, with the
// caret under the throw.
const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]; if (values.length > 5) { const message = 'too many values: ' + values.length; throw new Error(message); }
