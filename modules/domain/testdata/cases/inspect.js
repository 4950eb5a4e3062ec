// util.inspect of a Domain and of an emitter made inside one.
const domain = require('domain');
const d = domain.create();
console.log(d);
const EE = require('events');
d.run(() => console.log(new EE()));
console.log(Object.keys(d), d.domain);
