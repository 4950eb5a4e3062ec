import dotenv from 'dotenv';
import { parse } from 'dotenv';
console.log(parse('K=v\nQ="quoted # not comment" # comment'), typeof dotenv.config, typeof dotenv.populate);
const target = {};
dotenv.populate(target, { X: '1' });
console.log(target);
