// gorun-test: stderr differs (the stack trace's frames)
// A timer that throws with no handler ends the program with exit code 1;
// timers due later never run.
setTimeout(() => console.log('never'), 20);
setTimeout(() => { throw new Error('boom'); }, 1);
process.on('exit', (code) => console.log('exit', code));
