const d = new Date(Date.UTC(2021, 5, 1, 0, 5, 9, 45));
const f = (o, l='en-US') => { try { return new Intl.DateTimeFormat(l, { timeZone: 'UTC', ...o }).format(d); } catch (e) { return 'ERR ' + e.message; } };
print(JSON.stringify([f({hour12:false, hour:'numeric', minute:'numeric', second:'numeric'}), f({hour:'numeric'}), f({hour:'2-digit', minute:'2-digit'}), f({hourCycle:'h23', hour:'numeric', minute:'numeric'}),
f({month:'short', day:'numeric'}), f({month:'long', year:'numeric'}), f({month:'numeric', year:'numeric'}), f({weekday:'short', month:'numeric', day:'numeric', year:'numeric'}), f({weekday:'long', month:'long', day:'numeric', year:'numeric', hour:'numeric', minute:'numeric'}),
f({year:'2-digit', month:'2-digit', day:'2-digit'}), f({dateStyle:'full', timeStyle:'full'}), f({dateStyle:'long', timeStyle:'long'}), f({dateStyle:'medium', timeStyle:'medium'}), f({dateStyle:'short', timeStyle:'short'}),
f({timeZoneName:'short'}), f({hour:'numeric', timeZoneName:'short', timeZone:'America/New_York'}), f({hour:'numeric', timeZoneName:'short', timeZone:'Europe/Paris'}), f({hour:'numeric', timeZoneName:'shortOffset', timeZone:'Asia/Kolkata'}), f({hour:'numeric', timeZoneName:'longOffset', timeZone:'Asia/Kolkata'}),
f({minute:'2-digit', second:'2-digit', fractionalSecondDigits:3}), f({weekday:'long'}), f({month:'narrow'}), f({era:'short'}), f({}), f({}, 'en-GB'), f({}, 'de-DE'), f({dateStyle:'medium'}, 'en-GB'),f({hour:'numeric',minute:'numeric'}, 'en-GB'), f({dayPeriod:'short'}), f({month:'long', day:'numeric'})]));
print(JSON.stringify(new Intl.DateTimeFormat('en-US', {timeZone:'UTC', dateStyle:'medium', timeStyle:'short'}).formatToParts(d)));
print(JSON.stringify(new Intl.DateTimeFormat('en', {hour:'numeric', timeZone: 'Asia/Tokyo'}).resolvedOptions()));
print(JSON.stringify([d.toLocaleString(), d.toLocaleDateString(), d.toLocaleTimeString(), d.toLocaleDateString('en-US', {weekday:'long', timeZone: 'UTC'}), d.toLocaleString('en-GB', {timeZone: 'UTC'})]));
print(new Date(NaN).toLocaleString(), new Intl.DateTimeFormat('en-US', { timeZone: 'America/Los_Angeles', dateStyle: 'short', timeStyle: 'long' }).format(Date.UTC(2024, 0, 15, 12)));
print(new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }).formatToParts(Date.UTC(2024, 11, 31, 20)).map((p) => p.type + '=' + p.value).join('|'));
try { new Intl.DateTimeFormat('en', { timeZone: 'Mars/Base' }); } catch (e) { print(e.name, e.message); }
try { new Intl.NumberFormat('en', { style: 'bogus' }); } catch (e) { print(e.name, e.message); }
