c.trace();
c.trace('message %s', 'formatted', { a: 1 });
c.group('g');
c.trace('in group');
c.groupEnd();
function inner() { c.trace('from inner'); }
inner();
