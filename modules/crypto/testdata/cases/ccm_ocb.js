// CCM and OCB: node's outputs, tags and errors.
'use strict';
const c = require('crypto');
function show(f){try{const r=f(); console.log('ok', r)}catch(e){console.log(e.name, e.code, JSON.stringify(e.message))}}
const k=Buffer.alloc(16,1), n=Buffer.alloc(12,2);
show(()=>c.createCipheriv('aes-128-ccm',k,n));
show(()=>c.createCipheriv('aes-128-ccm',k,n,{authTagLength:5}));
show(()=>{const e=c.createCipheriv('aes-128-ccm',k,n,{authTagLength:16}); e.setAAD(Buffer.from('aad'))});
show(()=>{const e=c.createCipheriv('aes-128-ccm',k,n,{authTagLength:16}); e.setAAD(Buffer.from('aad'),{plaintextLength:5}); const ct=Buffer.concat([e.update('hello'),e.final()]); return ct.toString('hex')+' '+e.getAuthTag().toString('hex')});
show(()=>{const e=c.createCipheriv('aes-128-ccm',k,n,{authTagLength:8}); const ct=Buffer.concat([e.update('hello'),e.final()]); return ct.toString('hex')+' '+e.getAuthTag().toString('hex')});
show(()=>{const e=c.createCipheriv('aes-128-ccm',k,n,{authTagLength:8}); e.update('hello'); return e.update('x')});
show(()=>{const e=c.createCipheriv('aes-128-ccm',k,Buffer.alloc(7),{authTagLength:8}); return Buffer.concat([e.update(''),e.final()]).toString('hex')+' '+e.getAuthTag().toString('hex')});
show(()=>{const d=c.createDecipheriv('aes-128-ccm',k,n,{authTagLength:8}); d.setAuthTag(Buffer.alloc(8)); const r=d.update(Buffer.from('0102030405','hex')); console.log('upd',r); return d.final()});
const e=c.createCipheriv('aes-128-ccm',k,n,{authTagLength:8}); const ct=e.update('hello'); e.final(); const tag=e.getAuthTag();
show(()=>{const d=c.createDecipheriv('aes-128-ccm',k,n,{authTagLength:8}); d.setAuthTag(tag); return d.update(ct,null,'utf8')+d.final('utf8')});
show(()=>{const d=c.createDecipheriv('aes-128-ccm',k,n,{authTagLength:8}); return d.update(ct,null,'utf8')+d.final('utf8')});
{


const k2=Buffer.alloc(16,1), n=Buffer.alloc(12,2);
show(()=>c.createCipheriv('aes-128-ocb',k2,n).getAuthTag);
show(()=>{const e=c.createCipheriv('aes-128-ocb',k2,n,{authTagLength:16}); e.setAAD(Buffer.from('aad')); const parts=[e.update('hello'), e.update('x'.repeat(40)), e.final()]; return parts.map(p=>p.toString('hex')).join('|')+' '+e.getAuthTag().toString('hex')});
show(()=>{const e=c.createCipheriv('aes-128-ocb',k2,Buffer.alloc(15,3),{authTagLength:8}); e.setAAD(Buffer.alloc(40,7)); const parts=[e.update(Buffer.alloc(48,1)), e.final()]; return parts.map(p=>p.toString('hex')).join('|')+' '+e.getAuthTag().toString('hex')});
show(()=>{const e=c.createCipheriv('aes-256-ocb',Buffer.alloc(32,5),Buffer.alloc(1,3),{authTagLength:12}); const parts=[e.update(Buffer.alloc(17,1)), e.final()]; return parts.map(p=>p.toString('hex')).join('|')+' '+e.getAuthTag().toString('hex')});
const e=c.createCipheriv('aes-128-ocb',k2,n,{authTagLength:16}); const ct=Buffer.concat([e.update('hello world, ocb!'), e.final()]); const tag=e.getAuthTag();
show(()=>{const d=c.createDecipheriv('aes-128-ocb',k2,n,{authTagLength:16}); d.setAuthTag(tag); return d.update(ct,null,'utf8')+d.final('utf8')});
show(()=>{const d=c.createDecipheriv('aes-128-ocb',k2,n,{authTagLength:16}); d.setAuthTag(Buffer.alloc(16)); return d.update(ct,null,'hex')+d.final('hex')});
show(()=>c.createCipheriv('aes-128-ocb',k2,Buffer.alloc(16),{authTagLength:16}));
show(()=>c.createCipheriv('aes-128-ocb',k2,n,{authTagLength:17}));
show(()=>c.createCipheriv('aes-128-ocb',k2,n,{authTagLength:5}));
show(()=>c.getCipherInfo('aes-128-ocb'));
}
