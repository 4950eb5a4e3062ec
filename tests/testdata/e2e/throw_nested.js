// An error from deep in nested calls, methods and callbacks.
class Service {
  constructor(repo) { this.repo = repo; }
  find(id) { return this.repo.lookup(id); }
}
const repo = {
  lookup(id) { return [id].map(function validate(x) { return check(x); })[0]; },
};
function check(x) {
  if (x < 0) throw new RangeError(`id must be positive, got ${x}`);
  return x;
}
function main() {
  const svc = new Service(repo);
  svc.find(1);
  svc.find(-1);
}
main();
