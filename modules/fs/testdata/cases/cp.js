// cp, cpSync and fsPromises.cp: trees, symlinks, filters and node's SystemErrors.
const fs=require('fs');
const path=require('path');
const os=require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fscp-'));
process.chdir(dir);
fs.mkdirSync('src/sub', { recursive: true });
fs.writeFileSync('src/a', 'a');
fs.writeFileSync('src/sub/b', 'b');
fs.symlinkSync('a', 'src/l');
for (const f of [()=>fs.cpSync('src','d1'),()=>fs.cpSync('src','src/sub/x',{recursive:true}),()=>fs.cpSync('src/a','src/a'),()=>fs.cpSync('src','src/a',{recursive:true}),()=>fs.cpSync('src/a','src/sub'),()=>fs.cpSync('nope','x'),()=>{fs.cpSync('src/a','d2');fs.cpSync('src/a','d2',{force:false,errorOnExist:true})}, ()=>fs.cpSync('src', 'd3', {filter: async()=>true}), ()=>fs.cpSync('src', 'd3', {filter: 1})]) try{f();console.log('ok')}catch(e){console.log(e.code,e.name,e.message,e.syscall,e.path,e.errno, Object.keys(e))}
fs.cpSync('src','d4',{recursive:true, filter:(s,d)=>!s.endsWith('b')});
console.log(fs.readdirSync('d4',{recursive:true}).sort(), fs.readlinkSync('d4/l') === path.join(fs.realpathSync(dir), 'src/a') || fs.readlinkSync('d4/l') === path.join(dir, 'src/a'));
fs.cp('src','d5',{recursive:true},(e)=>{
  console.log('cb',e, fs.readdirSync('d5',{recursive:true}).sort());
  fs.promises.cp('src', 'd6', { recursive: true, filter: async (s) => !s.endsWith('a') }).then(() => {
    console.log('p', fs.readdirSync('d6',{recursive:true}).sort());
    return fs.promises.cp('src', 'src/a', { recursive: true });
  }).catch((e) => { console.log(e.code, e.message); fs.rmSync(dir, { recursive: true }); });
});
