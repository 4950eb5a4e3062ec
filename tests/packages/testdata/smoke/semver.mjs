import semver from 'semver';
import * as ns from 'semver';
console.log(semver.major('3.4.5'), ns.default === semver, typeof ns.satisfies);
console.log(semver.rcompare('1.0.0', '2.0.0'), semver.outside('1.2.3', '>1.3', '<'));
