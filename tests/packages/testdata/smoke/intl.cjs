// Not a package: the Intl surface real packages use (goja has no Intl).
const d = new Date(Date.UTC(2024, 1, 29, 15, 4, 5));
console.log((1234567.891).toLocaleString(), (0.256).toLocaleString('en-US', { style: 'percent' }), (42).toLocaleString('de-DE', { minimumFractionDigits: 2 }));
console.log(new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(-1234.5), new Intl.NumberFormat('en', { notation: 'compact' }).format(2_500_000));
console.log(d.toLocaleDateString('en-US', { timeZone: 'UTC' }), d.toLocaleTimeString('en-US', { timeZone: 'UTC' }), d.toLocaleString('en-US', { timeZone: 'America/New_York' }));
console.log(new Intl.DateTimeFormat('en-US', { dateStyle: 'full', timeStyle: 'short', timeZone: 'UTC' }).format(d));
console.log(new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Tokyo', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }).formatToParts(d));
console.log(Intl.DateTimeFormat().resolvedOptions().timeZone, new Intl.PluralRules('en-US', { type: 'ordinal' }).select(22));
console.log(new Intl.RelativeTimeFormat('en', { numeric: 'auto' }).format(-1, 'day'), new Intl.ListFormat('en').format(['a', 'b', 'c']));
console.log(['b', 'a', 'C', 'ä'].sort(new Intl.Collator('en').compare), ['x10', 'x9'].sort(new Intl.Collator(undefined, { numeric: true }).compare));
console.log([...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment('e\u0301👍🏽🇫🇷')].map((s) => s.segment).length);
