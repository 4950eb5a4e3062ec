const o = { run() { const v = notDefined; return v; } };
o.run();
