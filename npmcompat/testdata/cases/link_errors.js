// Node's link-time SyntaxErrors for names a module does not provide.
(async () => {
  for (const f of ['./fixtures/missing_cjs.mjs', './fixtures/missing_esm.mjs']) {
    try {
      await import(f);
    } catch (e) {
      console.log(e.name);
      console.log(e.message);
    }
  }
})();
