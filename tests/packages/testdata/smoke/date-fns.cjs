process.env.TZ = 'UTC';
const { format, addDays, differenceInCalendarDays, parseISO, isValid, formatDistance, startOfWeek, eachDayOfInterval, formatISO, intervalToDuration, formatDuration, parse, isWeekend, addMonths } = require('date-fns');
const d = parseISO('2024-02-29T13:45:30Z');
console.log(format(d, 'yyyy-MM-dd HH:mm:ss EEEE MMMM do'), format(d, "PPpp"));
console.log(addDays(d, 1).toISOString(), addMonths(d, 12).toISOString(), differenceInCalendarDays(d, new Date(Date.UTC(2024, 0, 1))));
console.log(isValid(parseISO('nope')), formatDistance(d, addDays(d, 45)), startOfWeek(d).toISOString());
console.log(eachDayOfInterval({ start: d, end: addDays(d, 3) }).map((x) => format(x, 'EEE')));
console.log(formatISO(d), formatDuration(intervalToDuration({ start: 0, end: 93784000 })));
console.log(parse('25/12/1995', 'dd/MM/yyyy', new Date(0)).toISOString(), isWeekend(d));
