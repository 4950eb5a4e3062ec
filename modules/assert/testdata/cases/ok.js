'use strict';
const assert = require('assert');
const { show } = require('../helpers');

show('plain', () => assert(false));
show('ok', () => assert.ok(0 === 1));
show('no args', () => assert.ok());
show('null', () => assert(null, undefined));
show('message', () => assert.ok('', 'custom'));
show('error message', () => assert.ok(0, new TypeError('mine')));
show('multi-line', () => {
  assert.ok(typeof 123 === 'string' &&
            [1, 2].length === 3,
  );
});
show('nested', () => [0].forEach((x) => assert(x)));
show('in call', () => String(assert.ok(NaN)));
show('control chars', () => assert('\u0001' === '\b'));
show('unicode before', () => { const é = 0; assert.ok(é, undefined); });
show('strict', () => assert.strict(false));
show('truthy', () => { assert(1); assert.ok('x'); console.log('fine'); });
