// readline.cursorTo/moveCursor/clearLine/clearScreenDown and the
// readline/promises Readline class.
'use strict';
const readline = require('readline');
const { Readline } = require('readline/promises');
const { Writable } = require('stream');

const out = new Writable({ write(c, e, cb) { out.log.push(c.toString()); cb(); } });
out.log = [];
const show = (label, v) => { console.log(label, v, JSON.stringify(out.log.join(''))); out.log = []; };
show('cursorTo x', readline.cursorTo(out, 3));
show('cursorTo xy', readline.cursorTo(out, 3, 4));
show('cursorTo none', readline.cursorTo(out));
show('cursorTo null stream', readline.cursorTo(null, 1, 1));
try { readline.cursorTo(out, undefined, 2); } catch (e) { console.log(e.code, e.message); }
try { readline.cursorTo(out, NaN); } catch (e) { console.log(e.code, e.message); }
try { readline.cursorTo(out, 1, 1, 'x'); } catch (e) { console.log(e.code, e.message); }
show('move', readline.moveCursor(out, -2, 3));
show('move', readline.moveCursor(out, 2, -3));
show('move none', readline.moveCursor(out, 0, 0));
show('clear', readline.clearLine(out, -1));
show('clear', readline.clearLine(out, 1));
show('clear', readline.clearLine(out, 0));
show('down', readline.clearScreenDown(out));
readline.cursorTo(out, 0, () => console.log('cursorTo callback'));
readline.moveCursor(out, 0, 0, () => console.log('moveCursor callback (nothing written)'));

const r = new Readline(out);
r.cursorTo(1).cursorTo(2, 3).moveCursor(1, -1).moveCursor(0, 0).clearLine(0).clearLine(-1).clearScreenDown();
show('queued', '');
r.rollback().cursorTo(5);
r.commit().then(() => {
  show('committed', '');
  const auto = new Readline(out, { autoCommit: true });
  auto.clearLine(1);
  show('auto before tick', '');
  process.nextTick(() => show('auto after tick', ''));
});
for (const bad of [() => new Readline({}), () => r.cursorTo('1'), () => r.clearLine(2), () => new Readline(out, { autoCommit: 1 })]) {
  try { bad(); } catch (e) { console.log(e.code, e.message); }
}
