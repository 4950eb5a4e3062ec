import { format, subYears, isAfter, closestTo, max } from 'date-fns';
import { enGB } from 'date-fns/locale';
const d = new Date(Date.UTC(2021, 5, 1, 12));
console.log(format(subYears(d, 3), 'yyyy-MM-dd'), isAfter(d, subYears(d, 1)));
console.log(closestTo(d, [subYears(d, 2), subYears(d, 1)]).getUTCFullYear(), max([d, subYears(d, 1)]).getUTCFullYear());
console.log(format(d, 'PPPP', { locale: enGB }).replace(/\d{2}:/, ''));
