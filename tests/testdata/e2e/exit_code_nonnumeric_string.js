// A string that is not an integer is a type error, not a range error.
try { process.exit('abc'); } catch (e) { console.log(e.name, e.code, e.message); }
try { process.exitCode = 'x'; } catch (e) { console.log(e.name, e.code, e.message); }
try { process.exit(''); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(process.exitCode);
