// Intl (ECMA-402) for goja, evaluated on first use. en-US is written out
// as ICU 74 (node 20) formats it; other locales get their number symbols,
// grouping and numeric date order from small tables below, and English
// words otherwise. Collation, plural rules, time zones and grapheme
// clusters come from Go (intl.go). Gaps are listed in README.md.
(function (hooks) {
  'use strict';

  const defineHidden = (o, k, v) => Object.defineProperty(o, k, { __proto__: null, value: v, writable: true, enumerable: false, configurable: true });

  // --- locales ------------------------------------------------------------
  const canonical = (tag) => {
    if (typeof tag !== 'string') throw new TypeError('Incorrect locale information provided');
    const c = hooks.canonicalLocale(tag);
    if (c === null) throw new RangeError(`Incorrect locale information provided`);
    return c;
  };
  const canonicalList = (locales) => {
    if (locales === undefined) return [];
    const list = typeof locales === 'string' || (typeof locales === 'object' && locales !== null && !Array.isArray(locales) && typeof locales.baseName === 'string')
      ? [locales] : Array.from(locales);
    const out = [];
    for (const l of list) {
      const c = canonical(typeof l === 'string' ? l : String(l.baseName || l));
      if (!out.includes(c)) out.push(c);
    }
    return out;
  };
  const resolveLocale = (locales) => {
    const list = canonicalList(locales);
    return list.length ? list[0] : 'en-US';
  };
  const lang = (locale) => locale.split('-')[0];
  const region = (locale) => { const m = /-([A-Z]{2}|\d{3})(?:-|$)/.exec(locale); return m ? m[1] : ''; };

  const getOption = (opts, name, allowed, fallback) => {
    let v = opts[name];
    if (v === undefined) return fallback;
    if (typeof allowed === 'boolean') return Boolean(v);
    v = String(v);
    if (allowed && !allowed.includes(v)) throw new RangeError(`Value ${v} out of range for Intl.${getOption.ctor} options property ${name}`);
    return v;
  };
  const toOptions = (options) => {
    if (options === undefined) return { __proto__: null };
    if (options === null) throw new TypeError('Cannot convert undefined or null to object');
    return Object(options);
  };
  const numberOption = (opts, name, min, max, fallback) => {
    let v = opts[name];
    if (v === undefined) return fallback;
    v = Number(v);
    if (Number.isNaN(v) || v < min || v > max) throw new RangeError(`${name} value is out of range.`);
    return Math.floor(v);
  };

  // --- numbers ------------------------------------------------------------
  // Separators by language (region overrides below): [group, decimal].
  const SEP = {
    en: [',', '.'], ja: [',', '.'], zh: [',', '.'], ko: [',', '.'], he: [',', '.'], th: [',', '.'], hi: [',', '.'],
    de: ['.', ','], es: ['.', ','], it: ['.', ','], nl: ['.', ','], pt: ['.', ','], id: ['.', ','], tr: ['.', ','], da: ['.', ','], el: ['.', ','], ro: ['.', ','],
    fr: ['\u202f', ','], ru: ['\u00a0', ','], uk: ['\u00a0', ','], pl: ['\u00a0', ','], cs: ['\u00a0', ','], sv: ['\u00a0', ','], fi: ['\u00a0', ','], nb: ['\u00a0', ','], no: ['\u00a0', ','], hu: ['\u00a0', ','], sk: ['\u00a0', ','],
  };
  const separators = (locale) => {
    if (locale === 'de-CH') return ['\u2019', '.'];
    if (locale === 'pt-PT') return ['\u00a0', ','];
    return SEP[lang(locale)] || SEP.en;
  };
  // Locales whose grouping starts at five integer digits.
  const MIN_GROUPING2 = ['es', 'pl', 'pt-PT'];
  const indianGrouping = (locale) => locale === 'en-IN' || lang(locale) === 'hi';
  const currencyAfter = (locale) => !['en', 'ja', 'zh', 'ko', 'he', 'th', 'hi'].includes(lang(locale)) && locale !== 'es-MX' && locale !== 'pt-BR' && locale !== 'de-CH';
  const CURRENCY = {
    USD: ['$', 'US dollar', 'US dollars'], EUR: ['€', 'euro', 'euros'], GBP: ['£', 'British pound', 'British pounds'], JPY: ['¥', 'Japanese yen', 'Japanese yen', 0],
    INR: ['₹', 'Indian rupee', 'Indian rupees'], CNY: ['CN¥', 'Chinese yuan', 'Chinese yuan'], CAD: ['CA$', 'Canadian dollar', 'Canadian dollars'],
    AUD: ['A$', 'Australian dollar', 'Australian dollars'], CHF: ['CHF', 'Swiss franc', 'Swiss francs'], KRW: ['₩', 'South Korean won', 'South Korean won', 0],
    BRL: ['R$', 'Brazilian real', 'Brazilian reals'], MXN: ['MX$', 'Mexican peso', 'Mexican pesos'], RUB: ['RUB', 'Russian ruble', 'Russian rubles'],
    SEK: ['SEK', 'Swedish krona', 'Swedish kronor'], NZD: ['NZ$', 'New Zealand dollar', 'New Zealand dollars'], HKD: ['HK$', 'Hong Kong dollar', 'Hong Kong dollars'],
    ILS: ['₪', 'Israeli new shekel', 'Israeli new shekels'], VND: ['₫', 'Vietnamese dong', 'Vietnamese dong', 0], TWD: ['NT$', 'New Taiwan dollar', 'New Taiwan dollars'],
    PLN: ['PLN', 'Polish zloty', 'Polish zlotys'], BTC: ['BTC', 'BTC', 'BTC'],
  };
  const UNITS = {
    byte: ['byte', 'byte', 'bytes', 'B'], kilobyte: ['kB', 'kilobyte', 'kilobytes', 'kB'], megabyte: ['MB', 'megabyte', 'megabytes', 'MB'],
    gigabyte: ['GB', 'gigabyte', 'gigabytes', 'GB'], terabyte: ['TB', 'terabyte', 'terabytes', 'TB'], petabyte: ['PB', 'petabyte', 'petabytes', 'PB'],
    bit: ['bit', 'bit', 'bits', 'bit'], kilobit: ['kb', 'kilobit', 'kilobits', 'kb'], megabit: ['Mb', 'megabit', 'megabits', 'Mb'],
    millisecond: ['ms', 'millisecond', 'milliseconds', 'ms'], second: ['sec', 'second', 'seconds', 's'], minute: ['min', 'minute', 'minutes', 'm'],
    hour: ['hr', 'hour', 'hours', 'h'], day: ['day', 'day', 'days', 'd'], week: ['wk', 'week', 'weeks', 'w'], month: ['mth', 'month', 'months', 'm'], year: ['yr', 'year', 'years', 'y'],
    meter: ['m', 'meter', 'meters', 'm'], kilometer: ['km', 'kilometer', 'kilometers', 'km'], centimeter: ['cm', 'centimeter', 'centimeters', 'cm'],
    mile: ['mi', 'mile', 'miles', 'mi'], kilogram: ['kg', 'kilogram', 'kilograms', 'kg'], gram: ['g', 'gram', 'grams', 'g'],
    percent: ['%', 'percent', 'percent', '%'], celsius: ['°C', 'degree Celsius', 'degrees Celsius', '°C'], fahrenheit: ['°F', 'degree Fahrenheit', 'degrees Fahrenheit', '°'],
    liter: ['L', 'liter', 'liters', 'L'],
  };
  const COMPACT = [[12, 'T', ' trillion'], [9, 'B', ' billion'], [6, 'M', ' million'], [3, 'K', ' thousand']];

  // A finite number as decimal digits: value = 0.d1d2… × 10^exp, taken from
  // the shortest round-trip string, as ICU does (so 1.005 rounds to 1.01).
  const toDecimal = (x) => {
    let s = String(Math.abs(x));
    let exp = 0;
    const e = s.indexOf('e');
    if (e >= 0) { exp = Number(s.slice(e + 1)); s = s.slice(0, e); }
    let dot = s.indexOf('.');
    if (dot < 0) dot = s.length;
    let digits = s.replace('.', '');
    exp += dot;
    const lead = digits.length - digits.replace(/^0+/, '').length;
    digits = digits.slice(lead); exp -= lead;
    digits = digits.replace(/0+$/, '');
    if (digits === '') return { digits: '', exp: 0 };
    return { digits, exp };
  };
  const toDecimalString = (s) => {
    const t = s.replace(/^0+/, '');
    const digits = t.replace(/0+$/, '');
    return digits === '' ? { digits: '', exp: 0 } : { digits, exp: t.length };
  };
  // Round half away from zero to keep `keep` digits.
  const roundDigits = (d, keep) => {
    if (keep >= d.digits.length) return d;
    if (keep < 0) return { digits: '', exp: 0 };
    let digits = d.digits.slice(0, keep);
    let exp = d.exp;
    if (d.digits.charCodeAt(keep) >= 53) { // '5'
      let i = digits.length - 1;
      const arr = digits.split('');
      while (i >= 0 && arr[i] === '9') { arr[i] = '0'; i--; }
      if (i < 0) { arr.unshift('1'); exp++; } else arr[i] = String.fromCharCode(arr[i].charCodeAt(0) + 1);
      digits = arr.join('');
    }
    digits = digits.replace(/0+$/, '');
    return digits === '' ? { digits: '', exp: 0 } : { digits, exp };
  };
  // Integer and fraction strings of d with minFD…maxFD fraction digits or
  // minSD…maxSD significant digits.
  const layout = (d, o) => {
    if (o.maxSD !== undefined) {
      d = roundDigits(d, o.maxSD);
      let int = d.exp > 0 ? (d.digits.slice(0, d.exp).padEnd(d.exp, '0')) : '0';
      let frac = d.exp >= 0 ? d.digits.slice(d.exp) : '0'.repeat(-d.exp) + d.digits;
      const sig = d.digits.length;
      if (sig < o.minSD) frac += '0'.repeat(Math.max(0, o.minSD - Math.max(sig, d.exp > 0 ? d.exp : 0) - (d.exp > d.digits.length ? 0 : 0)));
      if (int === '') int = '0';
      return [int, frac, d];
    }
    d = roundDigits(d, d.exp + o.maxFD);
    let int = d.exp > 0 ? d.digits.slice(0, d.exp).padEnd(d.exp, '0') : '0';
    let frac = d.exp >= 0 ? d.digits.slice(d.exp) : '0'.repeat(-d.exp) + d.digits;
    if (frac.length < o.minFD) frac = frac.padEnd(o.minFD, '0');
    return [int, frac, d];
  };
  const group = (int, locale, useGrouping) => {
    if (useGrouping === false) return [int];
    if (useGrouping !== 'always' && MIN_GROUPING2.some((l) => locale === l || lang(locale) === l) && int.length < 5) return [int];
    if (useGrouping === 'min2' && int.length < 5) return [int];
    const out = [];
    let rest = int;
    if (indianGrouping(locale) && rest.length > 3) {
      out.unshift(rest.slice(-3)); rest = rest.slice(0, -3);
      while (rest.length > 2) { out.unshift(rest.slice(-2)); rest = rest.slice(0, -2); }
    } else {
      while (rest.length > 3) { out.unshift(rest.slice(-3)); rest = rest.slice(0, -3); }
    }
    if (rest) out.unshift(rest);
    return out;
  };

  class NumberFormat {
    constructor(locales, options) {
      const o = toOptions(options);
      getOption.ctor = 'NumberFormat';
      const locale = resolveLocale(locales);
      const style = getOption(o, 'style', ['decimal', 'percent', 'currency', 'unit'], 'decimal');
      let currency = o.currency === undefined ? undefined : String(o.currency).toUpperCase();
      if (style === 'currency' && currency === undefined) throw new TypeError('Currency code is required with currency style.');
      const unit = o.unit === undefined ? undefined : String(o.unit);
      if (style === 'unit' && unit === undefined) throw new TypeError('Unit is required with unit style.');
      const notation = getOption(o, 'notation', ['standard', 'scientific', 'engineering', 'compact'], 'standard');
      const cd = currency && CURRENCY[currency] && CURRENCY[currency][3] !== undefined ? CURRENCY[currency][3] : 2;
      const minFDDefault = style === 'currency' && notation !== 'compact' ? cd : 0;
      const maxFDDefault = style === 'currency' && notation !== 'compact' ? cd : style === 'percent' ? 0 : notation === 'compact' ? 0 : 3;
      const r = {
        locale, numberingSystem: 'latn', style,
        currency, currencyDisplay: style === 'currency' ? getOption(o, 'currencyDisplay', ['symbol', 'narrowSymbol', 'code', 'name'], 'symbol') : undefined,
        currencySign: style === 'currency' ? getOption(o, 'currencySign', ['standard', 'accounting'], 'standard') : undefined,
        unit, unitDisplay: style === 'unit' ? getOption(o, 'unitDisplay', ['short', 'narrow', 'long'], 'short') : undefined,
        minimumIntegerDigits: numberOption(o, 'minimumIntegerDigits', 1, 21, 1),
      };
      const hasSD = o.minimumSignificantDigits !== undefined || o.maximumSignificantDigits !== undefined;
      if (hasSD) {
        r.minimumSignificantDigits = numberOption(o, 'minimumSignificantDigits', 1, 21, 1);
        r.maximumSignificantDigits = numberOption(o, 'maximumSignificantDigits', r.minimumSignificantDigits, 21, 21);
      } else {
        const minFD = numberOption(o, 'minimumFractionDigits', 0, 100, undefined);
        const maxFD = numberOption(o, 'maximumFractionDigits', 0, 100, undefined);
        r.minimumFractionDigits = minFD !== undefined ? minFD : Math.min(minFDDefault, maxFD !== undefined ? maxFD : minFDDefault);
        r.maximumFractionDigits = maxFD !== undefined ? maxFD : Math.max(maxFDDefault, r.minimumFractionDigits);
        if (r.minimumFractionDigits > r.maximumFractionDigits) throw new RangeError('maximumFractionDigits value is out of range.');
        defineHidden(this, '_compactRound', notation === 'compact' && minFD === undefined && maxFD === undefined);
      }
      const ug = o.useGrouping;
      r.useGrouping = ug === undefined ? (notation === 'compact' ? 'min2' : 'auto') : ug === false || ug === 'false' ? false : ug === true || ug === 'true' ? 'always' : String(ug);
      r.notation = notation;
      if (notation === 'compact') r.compactDisplay = getOption(o, 'compactDisplay', ['short', 'long'], 'short');
      r.signDisplay = getOption(o, 'signDisplay', ['auto', 'never', 'always', 'exceptZero', 'negative'], 'auto');
      r.roundingMode = 'halfExpand'; r.roundingIncrement = 1; r.trailingZeroDisplay = 'auto'; r.roundingPriority = 'auto';
      defineHidden(this, '_r', r);
    }
    get format() {
      const f = (v) => this.formatToParts(v).map((p) => p.value).join('');
      Object.defineProperty(this, 'format', { value: f, configurable: true });
      return f;
    }
    formatToParts(value) {
      const r = this._r;
      const big = typeof value === 'bigint';
      const x = big ? (value < 0n ? -1 : value === 0n ? 0 : 1) : Number(value);
      const parts = [];
      const [gsep, dsep] = separators(r.locale);
      const negative = x < 0 || Object.is(x, -0);
      let body = [];
      let isZero = x === 0;
      if (Number.isNaN(x)) body.push({ type: 'nan', value: 'NaN' });
      else if (!Number.isFinite(x)) body.push({ type: 'infinity', value: '∞' });
      else {
        let d = big ? toDecimalString(String(value < 0n ? -value : value)) : toDecimal(x);
        if (r.style === 'percent') d = d.digits ? { digits: d.digits, exp: d.exp + 2 } : d;
        let suffix = null;
        let expPart = null;
        if (r.notation === 'compact' && d.digits) {
          // Pick the unit, round, and pick again when rounding carried
          // into the next unit (999999 → 1M).
          for (let pass = 0; pass < 2; pass++) {
            let unit = null;
            for (const c of COMPACT) if (d.exp > c[0]) { unit = c; break; }
            const p = unit ? unit[0] : 0;
            let scaled = { digits: d.digits, exp: d.exp - p };
            if (this._compactRound) scaled = roundDigits(scaled, scaled.exp <= 1 ? 2 : scaled.exp);
            if (pass === 0 && scaled.exp > 3 && p < 12) { d = { digits: scaled.digits, exp: scaled.exp + p }; continue; }
            d = scaled; suffix = unit ? (r.compactDisplay === 'long' ? unit[2] : unit[1]) : null;
            break;
          }
        } else if ((r.notation === 'scientific' || r.notation === 'engineering') && d.digits) {
          let e = d.exp - 1;
          if (r.notation === 'engineering') e = Math.floor(e / 3) * 3;
          d = { digits: d.digits, exp: d.exp - e };
          expPart = e;
        }
        const opts = r.maximumSignificantDigits !== undefined
          ? { minSD: r.minimumSignificantDigits, maxSD: r.maximumSignificantDigits }
          : { minFD: r.minimumFractionDigits, maxFD: (r.notation === 'scientific' || r.notation === 'engineering') && r.maximumFractionDigits === 3 && r.style !== 'currency' ? 3 : r.maximumFractionDigits };
        if (this._compactRound) { opts.minFD = 0; opts.maxFD = 20; }
        let [int, frac, rd] = layout(d, opts);
        isZero = rd.digits === '';
        if (int.length < r.minimumIntegerDigits) int = int.padStart(r.minimumIntegerDigits, '0');
        const groups = group(int, r.locale, r.useGrouping);
        groups.forEach((g, i) => { if (i) body.push({ type: 'group', value: gsep }); body.push({ type: 'integer', value: g }); });
        if (frac) body.push({ type: 'decimal', value: dsep }, { type: 'fraction', value: frac });
        if (expPart !== null) body.push({ type: 'exponentSeparator', value: 'E' }, { type: 'exponentInteger', value: String(expPart) });
        if (suffix !== null) {
          if (suffix[0] === ' ') body.push({ type: 'literal', value: ' ' }, { type: 'compact', value: suffix.slice(1) });
          else body.push({ type: 'compact', value: suffix });
        }
      }
      let sign = '';
      switch (r.signDisplay) {
        case 'auto': sign = negative && !Number.isNaN(x) ? '-' : ''; break;
        case 'always': sign = negative ? '-' : '+'; break;
        case 'exceptZero': sign = isZero ? '' : negative ? '-' : '+'; break;
        case 'negative': sign = negative && !isZero ? '-' : ''; break;
        default: sign = '';
      }
      const accounting = r.currencySign === 'accounting' && sign === '-';
      if (accounting) parts.push({ type: 'literal', value: '(' });
      else if (sign) parts.push({ type: sign === '-' ? 'minusSign' : 'plusSign', value: sign });
      if (r.style === 'currency') {
        const info = CURRENCY[r.currency] || [r.currency, r.currency, r.currency];
        if (r.currencyDisplay === 'name') {
          parts.push(...body, { type: 'literal', value: ' ' }, { type: 'currency', value: x === 1 ? info[1] : info[2] });
        } else {
          let sym = r.currencyDisplay === 'code' ? r.currency : info[0];
          if (r.currencyDisplay === 'narrowSymbol') sym = sym.replace(/^[A-Z]+(?=[^A-Z])/, '');
          if (currencyAfter(r.locale)) parts.push(...body, { type: 'literal', value: '\u00a0' }, { type: 'currency', value: sym });
          else if (/^[A-Z]+$/.test(sym)) parts.push({ type: 'currency', value: sym }, { type: 'literal', value: '\u00a0' }, ...body);
          else parts.push({ type: 'currency', value: sym }, ...body);
        }
      } else if (r.style === 'percent') {
        parts.push(...body);
        if (['de', 'fr', 'sv', 'nb', 'fi', 'ru', 'es', 'cs', 'pl'].includes(lang(r.locale))) parts.push({ type: 'literal', value: '\u00a0' });
        parts.push({ type: 'percentSign', value: '%' });
      } else if (r.style === 'unit') {
        const u = UNITS[r.unit] || [r.unit, r.unit, r.unit, r.unit];
        parts.push(...body);
        if (r.unitDisplay === 'long') parts.push({ type: 'literal', value: ' ' }, { type: 'unit', value: x === 1 ? u[1] : u[2] });
        else if (r.unitDisplay === 'narrow') parts.push({ type: 'unit', value: u[3] });
        else parts.push({ type: 'literal', value: ' ' }, { type: 'unit', value: u[0] });
      } else parts.push(...body);
      if (accounting) parts.push({ type: 'literal', value: ')' });
      return parts;
    }
    formatRange(a, b) { return `${this.format(a)}–${this.format(b)}`; }
    resolvedOptions() {
      const out = {};
      for (const k of Object.keys(this._r)) if (this._r[k] !== undefined) out[k] = this._r[k];
      return out;
    }
    static supportedLocalesOf(locales) { return canonicalList(locales); }
  }

  // --- plural rules -----------------------------------------------------
  class PluralRules {
    constructor(locales, options) {
      const o = toOptions(options);
      getOption.ctor = 'PluralRules';
      const type = getOption(o, 'type', ['cardinal', 'ordinal'], 'cardinal');
      const nf = new NumberFormat('en', { ...o, style: 'decimal', useGrouping: false });
      defineHidden(this, '_r', { locale: resolveLocale(locales), type, nf });
    }
    select(n) {
      n = Number(n);
      if (!Number.isFinite(n)) return 'other';
      const s = this._r.nf.format(Math.abs(n));
      const [i, f = ''] = s.split('.');
      return hooks.plural(this._r.locale, this._r.type, i, f);
    }
    selectRange(a, b) { return this.select(b); }
    resolvedOptions() {
      const nfo = this._r.nf.resolvedOptions();
      const cats = this._r.type === 'ordinal' && lang(this._r.locale) === 'en' ? ['few', 'one', 'two', 'other'] : lang(this._r.locale) === 'en' ? ['one', 'other'] : ['zero', 'one', 'two', 'few', 'many', 'other'].filter((c) => [0, 1, 2, 3, 5, 6, 11, 21, 100, 1.5, 1000000].some((n) => this.select(n) === c));
      return { locale: this._r.locale, type: this._r.type, minimumIntegerDigits: nfo.minimumIntegerDigits, minimumFractionDigits: nfo.minimumFractionDigits, maximumFractionDigits: nfo.maximumFractionDigits, pluralCategories: cats, roundingIncrement: 1, roundingMode: 'halfExpand', roundingPriority: 'auto', trailingZeroDisplay: 'auto' };
    }
    static supportedLocalesOf(locales) { return canonicalList(locales); }
  }

  // --- collation --------------------------------------------------------
  class Collator {
    constructor(locales, options) {
      const o = toOptions(options);
      getOption.ctor = 'Collator';
      const r = {
        locale: resolveLocale(locales),
        usage: getOption(o, 'usage', ['sort', 'search'], 'sort'),
        sensitivity: getOption(o, 'sensitivity', ['base', 'accent', 'case', 'variant'], 'variant'),
        ignorePunctuation: getOption(o, 'ignorePunctuation', true, false),
        collation: 'default',
        numeric: getOption(o, 'numeric', true, false),
        caseFirst: getOption(o, 'caseFirst', ['upper', 'lower', 'false'], 'false'),
      };
      defineHidden(this, '_r', r);
    }
    get compare() {
      const r = this._r;
      const f = (a, b) => hooks.compare(String(a), String(b), r.locale, r.sensitivity, r.numeric, r.ignorePunctuation, r.caseFirst);
      Object.defineProperty(this, 'compare', { value: f, configurable: true });
      return f;
    }
    resolvedOptions() { return { ...this._r }; }
    static supportedLocalesOf(locales) { return canonicalList(locales); }
  }

  // --- dates -------------------------------------------------------------
  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  const pad2 = (n) => (n < 10 ? '0' : '') + n;
  const DATE_KEYS = ['weekday', 'year', 'month', 'day'];
  const TIME_KEYS = ['dayPeriod', 'hour', 'minute', 'second', 'fractionalSecondDigits'];
  // Numeric date order and separator per locale; 24-hour clocks.
  const numericDate = (locale) => {
    const l = lang(locale);
    if (locale === 'en-US' || locale === 'en' || (l === 'en' && ['PH', ''].includes(region(locale)))) return { order: 'mdy', sep: '/', pad: false };
    if (l === 'en' && region(locale) === 'CA') return { order: 'ymd', sep: '-', pad: true };
    if (['de', 'ru', 'pl', 'cs', 'fi', 'nb', 'no', 'da', 'tr', 'uk'].includes(l)) return { order: 'dmy', sep: '.', pad: l !== 'de' && l !== 'fi' && l !== 'cs' };
    if (['ja', 'zh', 'ko', 'hu'].includes(l)) return { order: 'ymd', sep: '/', pad: false };
    if (l === 'sv') return { order: 'ymd', sep: '-', pad: true };
    if (l === 'nl') return { order: 'dmy', sep: '-', pad: false };
    return { order: 'dmy', sep: '/', pad: true };
  };
  const uses12h = (locale) => {
    const l = lang(locale);
    return (l === 'en' && !['GB', 'IE', 'CA'].includes(region(locale)) || ['hi', 'ko'].includes(l)) && region(locale) !== 'GB';
  };
  const defaultTZ = () => {
    const env = globalThis.process && globalThis.process.env;
    const tz = hooks.defaultTimeZone(env ? env.TZ : undefined);
    return tz ? TZ_CANONICAL[tz] || tz : undefined;
  };
  const canonicalTZ = (tz) => {
    const s = String(tz);
    const up = s.toUpperCase();
    if (up === 'UTC' || up === 'ETC/UTC' || up === 'GMT' || up === 'ETC/GMT') return 'UTC';
    if (TZ_CANONICAL[s] !== undefined) return TZ_CANONICAL[s];
    if (hooks.tzOffset(s, 0) === null) throw new RangeError(`Invalid time zone specified: ${s}`);
    return s;
  };
  // ICU's canonical IDs are the older names (node reports Asia/Calcutta).
  const TZ_CANONICAL = {
    'Asia/Kolkata': 'Asia/Calcutta', 'Asia/Ho_Chi_Minh': 'Asia/Saigon', 'Asia/Kathmandu': 'Asia/Katmandu', 'Asia/Yangon': 'Asia/Rangoon',
    'Europe/Kyiv': 'Europe/Kiev', 'America/Argentina/Buenos_Aires': 'America/Buenos_Aires', 'America/Nuuk': 'America/Godthab',
    'America/Indiana/Indianapolis': 'America/Indianapolis', 'America/Kentucky/Louisville': 'America/Louisville', 'Pacific/Chuuk': 'Pacific/Truk',
    'Pacific/Pohnpei': 'Pacific/Ponape', 'Atlantic/Faroe': 'Atlantic/Faeroe', 'US/Eastern': 'America/New_York', 'US/Central': 'America/Chicago',
    'US/Mountain': 'America/Denver', 'US/Pacific': 'America/Los_Angeles', 'US/Alaska': 'America/Anchorage', 'US/Hawaii': 'Pacific/Honolulu',
    'Etc/UCT': 'UTC', 'UCT': 'UTC', 'Etc/Universal': 'UTC', 'Universal': 'UTC', 'Etc/Zulu': 'UTC', 'Zulu': 'UTC', 'Etc/Greenwich': 'UTC', 'Greenwich': 'UTC', 'GMT0': 'UTC', 'Etc/GMT0': 'UTC', 'Etc/GMT-0': 'UTC', 'Etc/GMT+0': 'UTC',
  };
  // Long (generic-less) names for the zones people use; others fall back
  // to the long offset, as ICU does for zones it has no name for.
  const US_LONG = { E: 'Eastern', C: 'Central', M: 'Mountain', P: 'Pacific', AK: 'Alaska' };
  const longZoneName = (tz, abbr) => {
    let m;
    if (/^(America|US|Pacific\/Honolulu)/.test(tz)) {
      if (abbr === 'HST') return 'Hawaii-Aleutian Standard Time';
      if ((m = /^(E|C|M|P|AK)([SD])T$/.exec(abbr))) return `${US_LONG[m[1]]} ${m[2] === 'S' ? 'Standard' : 'Daylight'} Time`;
    }
    if (/^(Europe|Atlantic|Africa)\//.test(tz)) {
      if ((m = /^([CEW])E(S?)T$/.exec(abbr))) return `${{ C: 'Central', E: 'Eastern', W: 'Western' }[m[1]]} European ${m[2] ? 'Summer' : 'Standard'} Time`;
      if (abbr === 'BST') return 'British Summer Time';
      if (abbr === 'GMT') return 'Greenwich Mean Time';
      if (abbr === 'IST' && tz === 'Europe/Dublin') return 'Irish Standard Time';
      if (abbr === 'MSK') return 'Moscow Standard Time';
    }
    if (tz === 'Asia/Calcutta') return 'India Standard Time';
    if (tz === 'Asia/Tokyo') return 'Japan Standard Time';
    if (tz === 'Asia/Seoul') return 'Korean Standard Time';
    if (tz === 'Asia/Shanghai') return 'China Standard Time';
    if ((m = /^AE([SD])T$/.exec(abbr))) return `Australian Eastern ${m[1] === 'S' ? 'Standard' : 'Daylight'} Time`;
    return null;
  };
  const tzName = (style, tz, off, abbr) => {
    if (tz === 'UTC') return style === 'long' ? 'Coordinated Universal Time' : 'UTC';
    if (tz === undefined) return 'GMT';
    const sign = off < 0 ? '-' : '+';
    const h = Math.floor(Math.abs(off) / 60); const m = Math.abs(off) % 60;
    if (style === 'short' && /^America\/|^Pacific\/Honolulu/.test(tz) && /^[A-Z]{3,4}$/.test(abbr)) return abbr;
    if (style === 'long' || style === 'longGeneric') {
      const name = longZoneName(tz, abbr);
      if (name !== null) return name;
    }
    if (off === 0) return 'GMT';
    if (style === 'longOffset' || style === 'long' || style === 'longGeneric') return `GMT${sign}${pad2(h)}:${pad2(m)}`;
    return `GMT${sign}${h}${m ? ':' + pad2(m) : ''}`;
  };
  const STYLES = {
    date: {
      full: { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' },
      long: { year: 'numeric', month: 'long', day: 'numeric' },
      medium: { year: 'numeric', month: 'short', day: 'numeric' },
      short: { year: '2-digit', month: 'numeric', day: 'numeric' },
    },
    time: {
      full: { hour: 'numeric', minute: '2-digit', second: '2-digit', timeZoneName: 'long' },
      long: { hour: 'numeric', minute: '2-digit', second: '2-digit', timeZoneName: 'short' },
      medium: { hour: 'numeric', minute: '2-digit', second: '2-digit' },
      short: { hour: 'numeric', minute: '2-digit' },
    },
  };

  class DateTimeFormat {
    constructor(locales, options, required = 'any', defaults = 'date') {
      const o = toOptions(options);
      getOption.ctor = 'DateTimeFormat';
      const locale = resolveLocale(locales);
      const r = { locale, calendar: 'gregory', numberingSystem: 'latn' };
      r.timeZone = o.timeZone === undefined ? defaultTZ() : canonicalTZ(o.timeZone);
      const hour12 = o.hour12 === undefined ? undefined : Boolean(o.hour12);
      const hourCycle = getOption(o, 'hourCycle', ['h11', 'h12', 'h23', 'h24'], undefined);
      const f = {};
      f.weekday = getOption(o, 'weekday', ['narrow', 'short', 'long'], undefined);
      f.era = getOption(o, 'era', ['narrow', 'short', 'long'], undefined);
      f.year = getOption(o, 'year', ['2-digit', 'numeric'], undefined);
      f.month = getOption(o, 'month', ['2-digit', 'numeric', 'narrow', 'short', 'long'], undefined);
      f.day = getOption(o, 'day', ['2-digit', 'numeric'], undefined);
      f.dayPeriod = getOption(o, 'dayPeriod', ['narrow', 'short', 'long'], undefined);
      f.hour = getOption(o, 'hour', ['2-digit', 'numeric'], undefined);
      f.minute = getOption(o, 'minute', ['2-digit', 'numeric'], undefined);
      f.second = getOption(o, 'second', ['2-digit', 'numeric'], undefined);
      f.fractionalSecondDigits = o.fractionalSecondDigits === undefined ? undefined : numberOption(o, 'fractionalSecondDigits', 1, 3, undefined);
      f.timeZoneName = getOption(o, 'timeZoneName', ['short', 'long', 'shortOffset', 'longOffset', 'shortGeneric', 'longGeneric'], undefined);
      const dateStyle = getOption(o, 'dateStyle', ['full', 'long', 'medium', 'short'], undefined);
      const timeStyle = getOption(o, 'timeStyle', ['full', 'long', 'medium', 'short'], undefined);
      if (dateStyle || timeStyle) {
        for (const k of Object.keys(f)) if (f[k] !== undefined && k !== 'timeZoneName' || (k === 'timeZoneName' && f[k] !== undefined)) throw new TypeError(`Can't set option ${k} when ${dateStyle ? 'dateStyle' : 'timeStyle'} is used`);
        if (dateStyle) Object.assign(f, STYLES.date[dateStyle]);
        if (timeStyle) Object.assign(f, STYLES.time[timeStyle]);
      } else {
        let needDefaults = true;
        if (required !== 'time') for (const k of DATE_KEYS) if (f[k] !== undefined) needDefaults = false;
        if (required !== 'date') for (const k of TIME_KEYS) if (f[k] !== undefined) needDefaults = false;
        if (needDefaults && (defaults === 'date' || defaults === 'all')) { f.year = 'numeric'; f.month = 'numeric'; f.day = 'numeric'; }
        if (needDefaults && (defaults === 'time' || defaults === 'all')) { f.hour = 'numeric'; f.minute = 'numeric'; f.second = 'numeric'; }
      }
      if (f.hour !== undefined) {
        let hc = hourCycle || (uses12h(locale) ? 'h12' : 'h23');
        if (hour12 !== undefined) hc = hour12 ? 'h12' : (uses12h(locale) ? 'h24' : 'h23');
        r.hourCycle = hc; r.hour12 = hc === 'h12' || hc === 'h11';
        if (f.minute !== undefined) f.minute = '2-digit';
        if (f.second !== undefined) f.second = '2-digit';
        if (!r.hour12 && !dateStyle && !timeStyle) f.hour = '2-digit';
      } else if (f.minute !== undefined && f.second !== undefined) {
        f.second = '2-digit'; f.minute = '2-digit';
      }
      if (dateStyle) r.dateStyle = dateStyle;
      if (timeStyle) r.timeStyle = timeStyle;
      defineHidden(this, '_r', r);
      defineHidden(this, '_f', f);
      defineHidden(this, '_styles', { dateStyle, timeStyle });
    }
    get format() {
      // ICU 72+ puts U+202F before AM/PM; V8 turns it back into a space in
      // format() (not in formatToParts) for compatibility, and so does this.
      const fn = (date) => this.formatToParts(date).map((p) => p.value).join('').replace(/\u202f/g, ' ');
      Object.defineProperty(this, 'format', { value: fn, configurable: true });
      return fn;
    }
    formatToParts(date) {
      const ms = date === undefined ? Date.now() : Number(date instanceof Date ? date.getTime() : date);
      if (!Number.isFinite(ms)) throw new RangeError('Invalid time value');
      const r = this._r; const f = this._f;
      let off = 0; let abbr = 'UTC';
      if (r.timeZone !== 'UTC' && r.timeZone !== undefined) { const z = hooks.tzOffset(r.timeZone, ms); off = z[0]; abbr = z[1]; }
      const t = new Date(ms + off * 60000);
      const Y = t.getUTCFullYear(); const M = t.getUTCMonth(); const D = t.getUTCDate(); const W = t.getUTCDay();
      const h = t.getUTCHours(); const m = t.getUTCMinutes(); const s = t.getUTCSeconds(); const msec = t.getUTCMilliseconds();
      const locale = r.locale;
      const en = lang(locale) === 'en';
      const out = [];
      const lit = (v) => out.push({ type: 'literal', value: v });
      const part = (type, value) => out.push({ type, value: String(value) });
      const yearStr = f.year === '2-digit' ? pad2(Y % 100) : String(Y);
      const monthText = f.month === 'long' ? MONTHS[M] : f.month === 'short' ? MONTHS[M].slice(0, 3) : f.month === 'narrow' ? MONTHS[M][0] : null;
      const monthNum = f.month === '2-digit' ? pad2(M + 1) : String(M + 1);
      const dayStr = f.day === '2-digit' ? pad2(D) : String(D);
      const weekdayStr = f.weekday === 'long' ? DAYS[W] : f.weekday === 'short' ? DAYS[W].slice(0, 3) : f.weekday === 'narrow' ? DAYS[W][0] : null;
      const hasDate = f.year || f.month || f.day || f.weekday;
      // date
      if (hasDate) {
        if (monthText !== null) {
          const dmy = en ? !['US', ''].includes(region(locale)) && region(locale) !== 'PH' : true;
          if (weekdayStr) { part('weekday', weekdayStr); if (f.month || f.day || f.year) lit(', '); }
          if (dmy && f.day) { part('day', dayStr); lit(' '); part('month', monthText); if (f.year) { lit(' '); part('year', yearStr); } }
          else if (f.day) { part('month', monthText); lit(' '); part('day', dayStr); if (f.year) { lit(', '); part('year', yearStr); } }
          else { part('month', monthText); if (f.year) { lit(' '); part('year', yearStr); } }
        } else {
          if (weekdayStr) { part('weekday', weekdayStr); if (f.month || f.day || f.year) lit(', '); }
          const nd = numericDate(locale);
          const comp = [];
          for (const c of nd.order) {
            if (c === 'y' && f.year) comp.push(['year', yearStr]);
            if (c === 'm' && f.month) comp.push(['month', nd.pad && f.month === 'numeric' && f.day ? pad2(M + 1) : monthNum]);
            if (c === 'd' && f.day) comp.push(['day', nd.pad && f.day === 'numeric' && f.month ? pad2(D) : dayStr]);
          }
          comp.forEach(([k, v], i) => { if (i) lit(nd.sep); part(k, v); });
        }
        if (f.era) { lit(' '); part('era', f.era === 'long' ? (Y > 0 ? 'Anno Domini' : 'Before Christ') : f.era === 'narrow' ? (Y > 0 ? 'A' : 'B') : (Y > 0 ? 'AD' : 'BC')); }
      }
      const hasTime = f.hour || f.minute || f.second || f.fractionalSecondDigits;
      if (hasDate && (hasTime || f.timeZoneName)) lit(f.month === 'long' ? ' at ' : ', ');
      if (hasTime) {
        const hc = r.hourCycle;
        if (f.hour) {
          let hh = h;
          if (hc === 'h12') hh = h % 12 === 0 ? 12 : h % 12;
          else if (hc === 'h11') hh = h % 12;
          else if (hc === 'h24') hh = h === 0 ? 24 : h;
          part('hour', f.hour === '2-digit' ? pad2(hh) : String(hh));
          if (f.minute) { lit(':'); part('minute', pad2(m)); }
          if (f.second) { lit(':'); part('second', pad2(s)); }
        } else {
          if (f.minute) part('minute', f.minute === '2-digit' || f.second ? pad2(m) : String(m));
          if (f.second) { if (f.minute) lit(':'); part('second', f.second === '2-digit' || f.minute ? pad2(s) : String(s)); }
        }
        if (f.fractionalSecondDigits) { if (f.second || f.minute || f.hour) lit('.'); part('fractionalSecond', String(msec).padStart(3, '0').slice(0, f.fractionalSecondDigits)); }
        if (f.hour && (hc === 'h12' || hc === 'h11')) { lit('\u202f'); part('dayPeriod', h < 12 ? 'AM' : 'PM'); }
      } else if (f.dayPeriod) {
        part('dayPeriod', h < 12 ? 'in the morning' : h === 12 && m === 0 && s === 0 ? 'noon' : h < 18 ? 'in the afternoon' : h >= 18 && h < 21 ? 'in the evening' : 'at night');
      }
      if (f.timeZoneName) {
        if (hasTime) lit(' ');
        part('timeZoneName', tzName(f.timeZoneName, r.timeZone, off, abbr));
      }
      return out;
    }
    formatRange(a, b) { return `${this.format(a)} – ${this.format(b)}`; }
    resolvedOptions() {
      const out = { ...this._r };
      delete out.dateStyle; delete out.timeStyle;
      const hc = out.hourCycle; const h12 = out.hour12;
      delete out.hourCycle; delete out.hour12;
      if (hc !== undefined) { out.hourCycle = hc; out.hour12 = h12; }
      if (!this._styles.dateStyle && !this._styles.timeStyle) {
        for (const k of ['weekday', 'era', 'year', 'month', 'day', 'dayPeriod', 'hour', 'minute', 'second', 'fractionalSecondDigits', 'timeZoneName']) if (this._f[k] !== undefined) out[k] = this._f[k];
      } else {
        if (this._styles.dateStyle) out.dateStyle = this._styles.dateStyle;
        if (this._styles.timeStyle) out.timeStyle = this._styles.timeStyle;
      }
      return out;
    }
    static supportedLocalesOf(locales) { return canonicalList(locales); }
  }

  // --- relative time, lists, segments --------------------------------------
  const RT_UNITS = ['year', 'quarter', 'month', 'week', 'day', 'hour', 'minute', 'second'];
  const RT_SHORT = { year: 'yr.', quarter: 'qtr.', month: 'mo.', week: 'wk.', day: 'day', hour: 'hr.', minute: 'min.', second: 'sec.' };
  const RT_NARROW = { year: 'y', quarter: 'q', month: 'mo', week: 'w', day: 'd', hour: 'h', minute: 'm', second: 's' };
  const RT_AUTO = {
    day: { '-1': 'yesterday', 0: 'today', 1: 'tomorrow' }, year: { '-1': 'last year', 0: 'this year', 1: 'next year' },
    month: { '-1': 'last month', 0: 'this month', 1: 'next month' }, week: { '-1': 'last week', 0: 'this week', 1: 'next week' },
    quarter: { '-1': 'last quarter', 0: 'this quarter', 1: 'next quarter' }, hour: { 0: 'this hour' }, minute: { 0: 'this minute' }, second: { 0: 'now' },
  };
  class RelativeTimeFormat {
    constructor(locales, options) {
      const o = toOptions(options);
      getOption.ctor = 'RelativeTimeFormat';
      defineHidden(this, '_r', {
        locale: resolveLocale(locales),
        style: getOption(o, 'style', ['long', 'short', 'narrow'], 'long'),
        numeric: getOption(o, 'numeric', ['always', 'auto'], 'always'),
        numberingSystem: 'latn',
      });
      defineHidden(this, '_nf', new NumberFormat(this._r.locale));
    }
    formatToParts(value, unit) {
      let u = String(unit);
      if (u.endsWith('s')) u = u.slice(0, -1);
      if (!RT_UNITS.includes(u)) throw new RangeError(`Invalid unit argument for format() '${unit}'`);
      const v = Number(value);
      if (!Number.isFinite(v)) throw new RangeError('Invalid value');
      const r = this._r;
      if (r.numeric === 'auto' && RT_AUTO[u] && RT_AUTO[u][Object.is(v, -0) ? 0 : v] !== undefined) return [{ type: 'literal', value: RT_AUTO[u][Object.is(v, -0) ? 0 : v] }];
      const past = v < 0 || Object.is(v, -0);
      const num = this._nf.formatToParts(Math.abs(v)).map((p) => ({ ...p, unit: u }));
      const one = Math.abs(v) === 1;
      if (r.style === 'narrow') {
        const label = RT_NARROW[u];
        return past ? [...num, { type: 'literal', value: `${label} ago` }] : [{ type: 'literal', value: 'in ' }, ...num, { type: 'literal', value: label }];
      }
      const label = r.style === 'long' ? (one ? u : u + 's') : u === 'day' ? (one ? 'day' : 'days') : RT_SHORT[u];
      return past ? [...num, { type: 'literal', value: ` ${label} ago` }] : [{ type: 'literal', value: 'in ' }, ...num, { type: 'literal', value: ` ${label}` }];
    }
    format(value, unit) { return this.formatToParts(value, unit).map((p) => p.value).join(''); }
    resolvedOptions() { return { ...this._r }; }
    static supportedLocalesOf(locales) { return canonicalList(locales); }
  }

  class ListFormat {
    constructor(locales, options) {
      const o = toOptions(options);
      getOption.ctor = 'ListFormat';
      defineHidden(this, '_r', {
        locale: resolveLocale(locales),
        type: getOption(o, 'type', ['conjunction', 'disjunction', 'unit'], 'conjunction'),
        style: getOption(o, 'style', ['long', 'short', 'narrow'], 'long'),
      });
    }
    formatToParts(list) {
      const items = Array.from(list === undefined ? [] : list, (x) => {
        if (typeof x !== 'string') throw new TypeError(`Iterable yielded ${typeof x === 'number' ? x : String(x)} which is not a string`);
        return x;
      });
      const r = this._r;
      const word = r.type === 'disjunction' ? 'or' : r.type === 'unit' ? '' : r.style === 'long' ? 'and' : r.style === 'short' ? '&' : '';
      const out = [];
      items.forEach((it, i) => {
        if (i > 0) {
          let sep;
          if (r.type === 'unit') sep = r.style === 'narrow' ? ' ' : ', ';
          else if (i === items.length - 1) sep = word === '' ? ', ' : items.length === 2 ? ` ${word} ` : `, ${word} `;
          else sep = ', ';
          out.push({ type: 'literal', value: sep });
        }
        out.push({ type: 'element', value: it });
      });
      return out;
    }
    format(list) { return this.formatToParts(list).map((p) => p.value).join(''); }
    resolvedOptions() { return { ...this._r }; }
    static supportedLocalesOf(locales) { return canonicalList(locales); }
  }

  class Segmenter {
    constructor(locales, options) {
      const o = toOptions(options);
      getOption.ctor = 'Segmenter';
      defineHidden(this, '_r', { locale: resolveLocale(locales), granularity: getOption(o, 'granularity', ['grapheme', 'word', 'sentence'], 'grapheme') });
    }
    segment(input) {
      const s = String(input);
      const g = this._r.granularity;
      const segs = [];
      if (g === 'grapheme') {
        let i = 0;
        for (const seg of hooks.graphemes(s)) { segs.push({ segment: seg, index: i, input: s }); i += seg.length; }
      } else if (g === 'word') {
        const re = /[\p{L}\p{N}\p{M}_'’.]+|\s+|./gsu;
        let m;
        while ((m = re.exec(s)) !== null) {
          let w = m[0];
          // a trailing period or apostrophe is punctuation, not part of the word
          while (w.length > 1 && /[.'’]$/.test(w)) w = w.slice(0, -1);
          if (w.length !== m[0].length) re.lastIndex = m.index + w.length;
          segs.push({ segment: w, index: m.index, input: s, isWordLike: /[\p{L}\p{N}]/u.test(w) });
        }
      } else {
        const re = /[^.!?]*(?:[.!?]+|$)\s*/gy;
        let m;
        while (re.lastIndex < s.length && (m = re.exec(s)) !== null && m[0] !== '') segs.push({ segment: m[0], index: m.index, input: s });
      }
      const result = {
        [Symbol.iterator]() { return segs[Symbol.iterator](); },
        containing(index = 0) {
          const n = Number(index);
          return segs.find((x) => n >= x.index && n < x.index + x.segment.length);
        },
      };
      return result;
    }
    resolvedOptions() { return { ...this._r }; }
    static supportedLocalesOf(locales) { return canonicalList(locales); }
  }

  class DisplayNames {
    constructor(locales, options) {
      const o = toOptions(options);
      getOption.ctor = 'DisplayNames';
      const type = getOption(o, 'type', ['language', 'region', 'script', 'currency', 'calendar', 'dateTimeField'], undefined);
      if (type === undefined) throw new TypeError('Required option "type" is missing');
      defineHidden(this, '_r', { locale: resolveLocale(locales), style: getOption(o, 'style', ['long', 'short', 'narrow'], 'long'), type, fallback: getOption(o, 'fallback', ['code', 'none'], 'code') });
    }
    of(code) {
      const c = String(code);
      if (this._r.type === 'currency' && CURRENCY[c.toUpperCase()]) {
        const n = CURRENCY[c.toUpperCase()][1];
        return n.replace(/(^|\s)\S/g, (x) => x.toUpperCase()).replace('Us Dollar', 'US Dollar');
      }
      return this._r.fallback === 'code' ? c : undefined;
    }
    resolvedOptions() { return { ...this._r }; }
    static supportedLocalesOf(locales) { return canonicalList(locales); }
  }

  class Locale {
    constructor(tag) {
      const c = canonical(typeof tag === 'string' ? tag : String(tag));
      const [language, ...rest] = c.split('-');
      defineHidden(this, '_tag', c);
      this.baseName; // eslint-disable-line no-unused-expressions
      defineHidden(this, '_language', language);
      defineHidden(this, '_rest', rest);
    }
    get baseName() { return this._tag; }
    get language() { return this._language; }
    get region() { return this._rest.find((p) => /^[A-Z]{2}$|^\d{3}$/.test(p)); }
    get script() { return this._rest.find((p) => /^[A-Z][a-z]{3}$/.test(p)); }
    toString() { return this._tag; }
    maximize() { return this; }
    minimize() { return this; }
  }

  const classes = { Collator, DateTimeFormat, DisplayNames, ListFormat, Locale, NumberFormat, PluralRules, RelativeTimeFormat, Segmenter };
  const Intl = {};
  for (const name of Object.keys(classes)) {
    const C = classes[name];
    // Callable without new for the ECMA-402 1.0 constructors, as in V8.
    const wrapped = ['Collator', 'DateTimeFormat', 'NumberFormat'].includes(name)
      ? new Proxy(C, { apply: (target, thisArg, args) => new target(...args) })
      : C;
    Object.defineProperty(C.prototype, Symbol.toStringTag, { value: `Intl.${name}`, configurable: true });
    defineHidden(Intl, name, wrapped);
  }
  defineHidden(Intl, 'getCanonicalLocales', function getCanonicalLocales(locales) { return canonicalList(locales); });
  defineHidden(Intl, 'supportedValuesOf', function supportedValuesOf(key) {
    switch (String(key)) {
      case 'currency': return Object.keys(CURRENCY).sort();
      case 'unit': return Object.keys(UNITS).sort();
      case 'calendar': return ['gregory'];
      case 'numberingSystem': return ['latn'];
      case 'collation': return ['default'];
      case 'timeZone': return ['UTC'];
      default: throw new RangeError(`Invalid key : ${key}`);
    }
  });
  Object.defineProperty(Intl, Symbol.toStringTag, { value: 'Intl', configurable: true });

  // Locale-sensitive methods of other built-ins, as ECMA-402 defines them.
  const dtf = (required, defaults) => function (locales, options) {
    if (!(this instanceof Date)) throw new TypeError('this is not a Date object.');
    const t = this.getTime();
    if (Number.isNaN(t)) return 'Invalid Date';
    return new DateTimeFormat(locales, options, required, defaults).format(t);
  };
  const methods = {
    dateToLocaleString: dtf('any', 'all'),
    dateToLocaleDateString: dtf('date', 'date'),
    dateToLocaleTimeString: dtf('time', 'time'),
    numberToLocaleString(locales, options) {
      const x = typeof this === 'number' ? this : Number.prototype.valueOf.call(this);
      if (locales === undefined && options === undefined) return defaultNF().format(x);
      return new NumberFormat(locales, options).format(x);
    },
    bigintToLocaleString(locales, options) { return new NumberFormat(locales, options).format(BigInt.prototype.valueOf.call(this)); },
    localeCompare(that, locales, options) {
      if (this === undefined || this === null) throw new TypeError('String.prototype.localeCompare called on null or undefined');
      return new Collator(locales, options).compare(String(this), String(that));
    },
    arrayToLocaleString: undefined,
  };
  let cachedNF;
  const defaultNF = () => cachedNF || (cachedNF = new NumberFormat());
  return { Intl, methods };
})
