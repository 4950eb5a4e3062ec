// gorun-test: stderr differs (the stack's frames)
// process._fatalException that is not a function ends the process with
// exit code 6 (kInvalidFatalExceptionMonkeyPatching), without 'exit'.
process.on('exit', (c) => console.log('exit event', c));
process._fatalException = undefined;
throw new Error('ok');
