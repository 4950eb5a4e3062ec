// An async function that throws after an await.
async function load() {
  await null;
  throw new Error('async failure');
}
async function main() {
  await load();
}
main();
