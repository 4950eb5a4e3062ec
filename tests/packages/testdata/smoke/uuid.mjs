import { v4 as uuidv4, v5, validate, version } from 'uuid';
const id = uuidv4();
console.log(validate(id), version(id), v5('gorun', v5.URL));
console.log(new Set(Array.from({ length: 100 }, () => uuidv4())).size);
