const wt = require('worker_threads');
console.log(Object.keys(wt).sort(), wt.isMainThread, wt.parentPort, wt.workerData, wt.threadId, wt.resourceLimits, wt.SHARE_ENV);
try { new wt.MessagePort() } catch (e) { console.log(e.name, e.code, e.message) }
const { port1, port2 } = new wt.MessageChannel();
console.log(port1 instanceof EventTarget, Object.getPrototypeOf(wt.MessagePort.prototype) === EventTarget.prototype, typeof port1.on);
port2.on('message', (m) => { console.log('got', m); if (m.last) port2.close(); });
port2.on('close', () => console.log('port2 close'));
port1.postMessage({ a: 1, b: Buffer.from('x'), m: new Map([[1, 2]]) });
port1.postMessage({ last: true });
try { port1.postMessage(() => 1) } catch (e) { console.log(e.name, e.code, e.message) }
const c2 = new wt.MessageChannel();
c2.port1.onmessage = (e) => { console.log('onmessage', e.constructor.name, e.data, e.target === c2.port1, e.type); c2.port1.close(); };
c2.port2.postMessage('hi');
const c3 = new wt.MessageChannel();
c3.port1.postMessage(42); c3.port1.postMessage(43);
console.log(wt.receiveMessageOnPort(c3.port2), wt.receiveMessageOnPort(c3.port2), wt.receiveMessageOnPort(c3.port2));
try { wt.receiveMessageOnPort({}) } catch (e) { console.log(e.name, e.code, e.message) }
c3.port1.close();
const bc1 = new wt.BroadcastChannel('ch'); const bc2 = new wt.BroadcastChannel('ch');
bc2.onmessage = (e) => { console.log('bc', e.data, bc2.name); bc1.close(); bc2.close(); };
bc1.postMessage({ x: 1 });
const c4 = new wt.MessageChannel(); c4.port1.on('message', () => {}); c4.port1.unref();
console.log(wt.getEnvironmentData('k'), wt.setEnvironmentData('k', 1), wt.getEnvironmentData('k'));
const ab = new ArrayBuffer(4); wt.markAsUntransferable(ab); 
const c5 = new wt.MessageChannel(); try { c5.port1.postMessage(ab, [ab]) } catch (e) { console.log(e.name, e.code, e.message) } c5.port1.close();
