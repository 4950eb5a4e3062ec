// The settings helpers and constants, including node's quirks: warnings for
// maxHeaderSize, custom settings that clash with known identifiers, typed
// arrays read element by element.
const h = require('http2');
console.log(Object.keys(h));
console.log(JSON.stringify(h.getDefaultSettings()));
console.log(h.getPackedSettings(h.getDefaultSettings()).toString('hex'));
for (const s of [{maxHeaderListSize:5,maxHeaderSize:5},{enablePush:1}, {headerTableSize:'1'},{customSettings:{'-1':1}},{customSettings:{'10':2**32}},{customSettings:{'notvalid':-777}},{customSettings:{'0':1}}, {customSettings:{'65535':1}},{customSettings:{'65536':1}}, {customSettings:{'7':1}}, {customSettings:{'1':5}}, {customSettings: 5}, {customSettings: {'11':1.5}}, {headerTableSize: 5.5}, {initialWindowSize: 2**31}]) { try { const p=h.getPackedSettings(s); console.log(JSON.stringify(s), p && p.toString('hex')) } catch (e) { console.log(JSON.stringify(s), e.name, e.code, e.message) } }
for (const b of ['00000000000a','0002000000050002','0002000000020005000000ff','000800000002', '000300000005', '000100000064000200000000000300000001000400000002000500004000000600000007000800000001']) { try { console.log(b, h.getUnpackedSettings(Buffer.from(b,'hex'), {validate:true})) } catch (e) { console.log(b, e.name, e.code, e.message) } }
console.log(h.getUnpackedSettings(new Uint16Array([1,0,100,0,0,0])));
for (const v of [5, null, new DataView(new ArrayBuffer(6))]) { try { h.getUnpackedSettings(v) } catch (e) { console.log(e.code, e.message) } }
try { h.getPackedSettings(5) } catch (e) { console.log(e.code, e.message) }


console.log(h.sensitiveHeaders, h.constants.HTTP2_HEADER_STATUS, Object.keys(h.constants).length, h.Http2ServerRequest.length, h.Http2ServerResponse.length);
