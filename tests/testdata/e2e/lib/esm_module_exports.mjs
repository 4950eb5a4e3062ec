// require(esm) returns the "module.exports" export when there is one.
const f = () => 7;
export default f;
export { f as "module.exports" };
export const other = 1;
