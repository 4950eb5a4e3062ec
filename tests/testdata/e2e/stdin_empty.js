// An empty stdin still emits 'end'.
process.stdin.on('data', (c) => console.log('never: data on empty stdin', c));
process.stdin.on('end', () => console.log('end on empty stdin'));
process.stdin.resume();
