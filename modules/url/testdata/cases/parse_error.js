// new URL() fails with a C++-style TypeError (code and input as own
// properties, no "[ERR_INVALID_URL]" in its text); the href setter and
// url.parse throw Node's JS ERR_INVALID_URL.
const url = require('url');
const tries = [
  () => new URL('x'),
  () => new URL('a', 'b'),
  () => { const u = new URL('http://a'); u.href = 'zz'; },
  () => url.parse('http://[127.0.0.1\x00c8763]:8000/'),
];
for (const f of tries) {
  try {
    f();
  } catch (e) {
    console.log(String(e), '|', e.stack.split('\n')[0], '|', Object.keys(e), e instanceof TypeError, e.code, e.input, e.base);
  }
}
