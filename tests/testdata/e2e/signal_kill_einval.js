// A signal number the OS rejects fails like node's uv errors: "kill EINVAL".
for (const sig of [99999, -1]) {
  try {
    process.kill(process.pid, sig);
    console.log('no throw');
  } catch (e) {
    console.log(e.name, e.code, e.errno, e.syscall, e.message, Object.keys(e));
  }
}
