export interface CalendarComponent {
  name: string;
  props: { name: string; params: string; value: string }[];
  children: CalendarComponent[];
}

/**
 * A minimal RFC 5545 reader: unfolds continuation lines, splits `name;params:value`, nests
 * BEGIN/END. Strict on structure (CRLF endings, balanced components) so that the agenda's own
 * tests and the download's end-to-end test read a file exactly as a calendar app would have to.
 */
export function readCalendar(text: string): CalendarComponent {
  if (!text.endsWith('\r\n')) throw new Error('a calendar ends with CRLF');
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .slice(0, -1);
  const root: CalendarComponent = { name: 'ROOT', props: [], children: [] };
  const stack = [root];
  for (const line of lines) {
    const match = /^([A-Z0-9-]+)((?:;[^:]*)?):(.*)$/.exec(line);
    if (!match) throw new Error(`not a content line: ${line}`);
    const [, name, params, value] = match;
    if (name === 'BEGIN') {
      const child: CalendarComponent = { name: value, props: [], children: [] };
      stack[stack.length - 1].children.push(child);
      stack.push(child);
    } else if (name === 'END') {
      const open = stack.pop();
      if (!open || open === root || open.name !== value) throw new Error(`END:${value} closes ${open?.name ?? 'nothing'}`);
    } else {
      stack[stack.length - 1].props.push({ name, params, value });
    }
  }
  if (stack.length !== 1) throw new Error(`${stack[stack.length - 1].name} is not closed`);
  return root;
}

/** The value of a component's first property of that name. */
export const calendarProp = (component: CalendarComponent, name: string): string | undefined => component.props.find((p) => p.name === name)?.value;

/** TEXT values: `\n`, `\,`, `\;` and `\\` back to their characters. */
export const unescapeText = (value: string): string => value.replace(/\\n/gi, '\n').replace(/\\([,;\\])/g, '$1');
