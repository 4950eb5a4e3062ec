// process.kill validates its arguments.
for (const args of [[process.pid, 'SIGNOPE'], ['abc'], [process.pid, {}]]) {
  try {
    process.kill(...args);
    console.log('no throw');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(process.kill(process.pid, 0));
