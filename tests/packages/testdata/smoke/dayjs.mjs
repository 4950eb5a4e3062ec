import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
dayjs.extend(utc);
const d = dayjs.utc('2000-01-01T00:00:00Z');
console.log(d.format('ddd, DD MMM YYYY'), d.add(36, 'hour').format(), d.millisecond(5).toISOString());
console.log(dayjs.utc('2020-06-15').isSame('2020-06-15', 'day'), dayjs.isDayjs(d), dayjs.utc(0).year());
