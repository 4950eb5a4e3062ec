// TextDecoder.decode takes only an ArrayBuffer or a view: array-likes
// and other objects are refused, as Node's C++ decoder does.
const dec = new TextDecoder(undefined, null);
for (const v of [false, {}, 1, '', new Error(), { length: 2, 0: 104, 1: 105 }, [104, 105]]) {
  try {
    console.log('decoded', JSON.stringify(dec.decode(v)));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(dec.decode(new Uint8Array([104, 105]).buffer));
console.log(dec.decode(new DataView(new Uint8Array([104, 105]).buffer)));
console.log(JSON.stringify(dec.decode()));
