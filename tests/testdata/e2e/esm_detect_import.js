// node 20.19+ runs a .js file with ESM syntax as a module when no
// package.json "type" says otherwise (syntax detection).
import { EventEmitter } from "events";
console.log(typeof EventEmitter, typeof require, typeof module, import.meta.url.startsWith("file:"));
