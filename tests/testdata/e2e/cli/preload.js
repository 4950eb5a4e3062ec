console.log("preloaded", typeof module, require.main === module);
