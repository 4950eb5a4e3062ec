const semver = require('semver');
console.log(semver.valid('1.2.3'), semver.valid('a.b.c'), semver.clean('  =v1.2.3   '));
console.log(semver.satisfies('1.2.3', '1.x || >=2.5.0 || 5.0.0 - 7.2.3'), semver.gt('1.2.3', '9.8.7'));
console.log(semver.minVersion('>=1.0.0').version, semver.coerce('v2').version, semver.inc('1.2.3-beta.1', 'prerelease'));
console.log(semver.sort(['1.10.0', '1.2.0', '1.2.0-rc.1', '0.9.9']), semver.maxSatisfying(['1.2.3', '1.3.0', '2.0.0'], '^1.2'));
console.log(semver.diff('1.2.3', '1.3.0'), new semver.Range('~1.2.3').format(), semver.parse('1.2.3-alpha.1+build').prerelease);
console.log(semver.intersects('^1.2', '>=1.5 <3'), semver.compareBuild('1.0.0+a', '1.0.0+b'));
