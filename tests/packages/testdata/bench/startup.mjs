// Start-up fixture for `make bench` (issue 3, point 4): an ES module app
// importing two large package trees through `import` — lodash-es (~640
// ES module files) and rxjs (its ESM build, ~400 files). Run it from a
// folder whose node_modules holds tests/packages/testdata/package.json's
// install. Cold: GORUN_CACHE_DIR pointing at an empty folder (every file
// is transformed by esbuild); warm: the same cache folder again.
import * as _ from 'lodash-es';
import * as rx from 'rxjs';
import { map, filter } from 'rxjs/operators';

const out = [];
rx.of(1, 2, 3, 4).pipe(filter((x) => x % 2 === 0), map((x) => _.multiply(x, 10))).subscribe((v) => out.push(v));
console.log(Object.keys(_).length > 300, Object.keys(rx).length > 100, out.join(','));
