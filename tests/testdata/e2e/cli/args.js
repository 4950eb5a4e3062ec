// Prints what the script receives, with the executable path reduced to a
// marker (it is node's or gorun's own path).
console.log(JSON.stringify({
  argv: process.argv.map((a, i) => (i === 0 ? (a === process.execPath ? '<execPath>' : a) : a.replace(__dirname, '<dir>'))),
  execArgv: process.execArgv,
  argv0: process.argv0 === 'gorun' ? 'node' : process.argv0,
}));
