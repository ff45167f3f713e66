// Building an Intl formatter costs about a millisecond (its locale data is looked up each time), and
// a page of hits, cards or messages formats dozens of amounts and dates: each one is built once.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `number ${locale} ${JSON.stringify(options)}`;
  let format = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!format) formatters.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  const key = `date ${locale} ${JSON.stringify(options)}`;
  let format = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/**
 * Digits grouped by thousands ("1,250,000.5"), as zh-CN and en-US both write them, without Intl:
 * a page's first Intl.NumberFormat loads its locale data, about 20 ms of a first render's time.
 * Up to `fractionDigits` decimals, trailing zeros dropped.
 */
export function groupDigits(value: number | string, fractionDigits = 2): string {
  const text = typeof value === 'number' ? value.toFixed(fractionDigits) : value;
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const kept = fraction.slice(0, fractionDigits).replace(/0+$/, '');
  return `${negative ? '-' : ''}${grouped}${kept ? `.${kept}` : ''}`;
}
