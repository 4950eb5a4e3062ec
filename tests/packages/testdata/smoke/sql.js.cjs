// sql.js: SQLite compiled to WebAssembly, with a JS function called from SQL.
const initSqlJs = require('sql.js');
initSqlJs().then((SQL) => {
  const db = new SQL.Database();
  db.run('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)'); db.run('INSERT INTO t (name) VALUES (?), (?)', ['a', 'b']);
  const r = db.exec('SELECT id, upper(name) AS n FROM t ORDER BY id');
  console.log(JSON.stringify(r));
  db.create_function('twice', (x) => x * 2);
  console.log(db.exec('SELECT twice(21)')[0].values);
  db.close();
});
