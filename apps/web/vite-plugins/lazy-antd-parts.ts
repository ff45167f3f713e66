import type { Plugin } from 'vite';

/**
 * Parts of antd components the console rarely or never renders, yet imports statically: Card
 * imports Tabs (and through it Dropdown and Menu) for its `tabList`, Typography the TextArea editor
 * for `editable`, Pagination (so every List) the whole Select for its page-size changer. They
 * become lazy imports: a page with a Card, a Typography or a List stops downloading them, and a
 * page that renders them still works (they load on first render, under a Suspense boundary).
 */
/**
 * A lazily imported default export under its own Suspense, named as the import it replaces, so the
 * module's code reads it unchanged; `fallback` is what shows while its chunk loads.
 */
function suspended(name: string, path: string, fallback: string): string {
  return [
    `const Lazy${name} = /*#__PURE__*/ React.lazy(() => import('${path}'));`,
    `const ${name} = (props) => /*#__PURE__*/ React.createElement(React.Suspense, { fallback: ${fallback} }, /*#__PURE__*/ React.createElement(Lazy${name}, props));`,
  ].join('\n');
}

/**
 * A hook like antd's useModal / useNotification (`[api, contextHolder]`) whose module loads on
 * the first call of its api: the calls made meanwhile wait in a queue and run, in order, once its
 * holder mounts; a modal's `destroy` / `update` on a call still queued apply when it runs.
 */
const LAZY_API_HOOK = [
  'function lazyApiHook(load, methods) {',
  '  return function useLazyApi(config) {',
  '    const [wanted, setWanted] = React.useState(false);',
  '    const real = React.useRef(null);',
  '    const queue = React.useRef([]);',
  '    const Holder = React.useMemo(() => React.lazy(() => load().then((module) => ({',
  '      default: function LazyApiBridge(props) {',
  '        const [api, holder] = module.default(props.config);',
  '        real.current = api;',
  '        React.useEffect(() => { queue.current.splice(0).forEach((call) => call(api)); });',
  '        return holder;',
  '      },',
  '    }))), []);',
  '    const api = React.useMemo(() => Object.fromEntries(methods.map((method) => [method, (...args) => {',
  '      if (real.current) return real.current[method](...args);',
  '      let handle;',
  '      const pending = {',
  '        destroy: () => (handle ? handle.destroy() : (pending.destroyed = true)),',
  '        update: (next) => (handle ? handle.update(next) : (pending.next = next)),',
  '      };',
  '      queue.current.push((loaded) => {',
  '        handle = loaded[method](...args);',
  '        if (pending.next) handle?.update?.(pending.next);',
  '        if (pending.destroyed) handle?.destroy?.();',
  '      });',
  '      setWanted(true);',
  '      return pending;',
  '    }])), []);',
  '    const holder = wanted ? React.createElement(React.Suspense, { fallback: null }, React.createElement(Holder, { config })) : null;',
  '    return [api, holder];',
  '  };',
  '}',
].join('\n');

const PAGER_FALLBACK = [
  'props.hideOnSinglePage && (props.total ?? 0) <= (props.pageSize ?? props.defaultPageSize ?? 10)',
  '  ? null',
  "  : /*#__PURE__*/ React.createElement('div', { className: props.className, style: { height: props.size === 'small' ? 24 : 32 }, 'aria-hidden': true })",
].join('\n');

const REWRITES: { file: RegExp; from: string; to: string }[] = [
  {
    file: /[\\/]antd[\\/]es[\\/]card[\\/]Card\.js$/,
    from: "import Tabs from '../tabs';",
    to: "const Tabs = /*#__PURE__*/ React.lazy(() => import('../tabs'));",
  },
  {
    file: /[\\/]antd[\\/]es[\\/]typography[\\/]Base[\\/]index\.js$/,
    from: "import Editable from '../Editable';",
    to: "const Editable = /*#__PURE__*/ React.lazy(() => import('../Editable'));",
  },
  {
    // The page-size changer (only drawn past 50 items, and turned off where pages page by hand).
    // Under its own Suspense, so the pager never suspends the page around it.
    file: /[\\/]antd[\\/]es[\\/]pagination[\\/]Pagination\.js$/,
    from: "import Select from '../select';",
    to: suspended('Select', '../select', 'null'),
  },
  {
    // A list's or a table's pager (rc-pagination, its icons and jumper), drawn under the rows:
    // until its chunk arrives an empty box of its height holds its place, so the rows above stay put
    // and nothing below moves (nothing at all when a single page hides the pager).
    file: /[\\/]antd[\\/]es[\\/](list[\\/]index|table[\\/]InternalTable)\.js$/,
    from: "import Pagination from '../pagination';",
    to: suspended('Pagination', '../pagination', PAGER_FALLBACK),
  },
  {
    // App.useApp()'s modal and notification apis (Modal, rc-dialog, notification: ~10 KB gz in the
    // shell) though the console only calls message: both load on their first call instead.
    file: /[\\/]antd[\\/]es[\\/]app[\\/]App\.js$/,
    from: "import useModal from '../modal/useModal';",
    to: `${LAZY_API_HOOK}\nconst useModal = lazyApiHook(() => import('../modal/useModal'), ['info', 'success', 'error', 'warning', 'warn', 'confirm']);`,
  },
  {
    // message too (rc-notification, its list and motion, the notice styles: ~9 KB gz in the shell):
    // the console shows one only after something the person did, and never reads its return value.
    file: /[\\/]antd[\\/]es[\\/]app[\\/]App\.js$/,
    from: "import useMessage from '../message/useMessage';",
    to: "const useMessage = lazyApiHook(() => import('../message/useMessage'), ['open', 'success', 'info', 'warning', 'error', 'loading', 'destroy']);",
  },
  {
    file: /[\\/]antd[\\/]es[\\/]app[\\/]App\.js$/,
    from: "import useNotification from '../notification/useNotification';",
    to: "const useNotification = lazyApiHook(() => import('../notification/useNotification'), ['open', 'success', 'info', 'warning', 'error', 'destroy']);",
  },
  {
    // Tooltips that show only when asked for: a form label's `tooltip`, a sortable column's "click
    // to sort" hint, a segmented option's or a step's `tooltip`. Until Tooltip arrives the label,
    // title, option or step shows untipped.
    file: /[\\/]antd[\\/]es[\\/](form[\\/]FormItemLabel|segmented[\\/]index|steps[\\/]index)\.js$/,
    from: "import Tooltip from '../tooltip';",
    to: suspended('Tooltip', '../tooltip', 'props.children'),
  },
  {
    file: /[\\/]antd[\\/]es[\\/]table[\\/]hooks[\\/]useSorter\.js$/,
    from: "import Tooltip from '../../tooltip';",
    to: suspended('Tooltip', '../../tooltip', 'props.children'),
  },
  {
    // The tab bar's "more" dropdown (rc-dropdown, rc-menu and their motion: ~11 KB gz), opened only
    // when tabs overflow the bar. Until its chunk arrives, which it starts to do with the tab bar,
    // the more button shows as it is (its size unchanged, so the bar measures the same).
    file: /[\\/]@rc-component[\\/]tabs[\\/]es[\\/]TabNavList[\\/]OperationNode\.js$/,
    from: "import Dropdown from '@rc-component/dropdown';",
    to: suspended('Dropdown', '@rc-component/dropdown', 'props.children'),
  },
  {
    file: /[\\/]@rc-component[\\/]tabs[\\/]es[\\/]TabNavList[\\/]OperationNode\.js$/,
    from: "import Menu, { MenuItem } from '@rc-component/menu';",
    to: [
      suspended('Menu', '@rc-component/menu', 'null'),
      "const LazyMenuItem = /*#__PURE__*/ React.lazy(() => import('@rc-component/menu').then((module) => ({ default: module.MenuItem })));",
      'const MenuItem = (props) => /*#__PURE__*/ React.createElement(React.Suspense, { fallback: null }, /*#__PURE__*/ React.createElement(LazyMenuItem, props));',
    ].join('\n'),
  },
  {
    // Card's `loading` skeleton: shown only while a card says it is loading; until it arrives, nothing.
    file: /[\\/]antd[\\/]es[\\/]card[\\/]Card\.js$/,
    from: "import Skeleton from '../skeleton';",
    to: suspended('Skeleton', '../skeleton', 'null'),
  },
  {
    // Table's row selection (checkboxes or radios, and the selections dropdown with rc-menu) and its
    // virtual body: the console's tables select no rows and are not virtual.
    file: /[\\/]antd[\\/]es[\\/]table[\\/]hooks[\\/]useSelection\.js$/,
    from: "import Checkbox from '../../checkbox';",
    to: suspended('Checkbox', '../../checkbox', 'null'),
  },
  {
    file: /[\\/]antd[\\/]es[\\/]table[\\/]hooks[\\/]useSelection\.js$/,
    from: "import Dropdown from '../../dropdown';",
    to: suspended('Dropdown', '../../dropdown', 'props.children'),
  },
  {
    file: /[\\/]antd[\\/]es[\\/]table[\\/]hooks[\\/]useSelection\.js$/,
    from: "import Radio from '../../radio';",
    to: suspended('Radio', '../../radio', 'null'),
  },
  {
    file: /[\\/]antd[\\/]es[\\/]table[\\/]InternalTable\.js$/,
    from: "import RcVirtualTable from './RcTable/VirtualTable';",
    to: suspended('RcVirtualTable', './RcTable/VirtualTable', 'null'),
  },
  {
    // async-validator (~5 KB gz) runs only when a form validates, which is asynchronous anyway: it
    // is fetched as the form module loads, and awaited by the first rule checked.
    file: /[\\/]@rc-component[\\/]form[\\/]es[\\/]utils[\\/]validateUtil\.js$/,
    from: "import RawAsyncValidator from '@rc-component/async-validator';",
    to: "const asyncValidator = import('@rc-component/async-validator').then((module) => module.default);",
  },
  {
    file: /[\\/]@rc-component[\\/]form[\\/]es[\\/]utils[\\/]validateUtil\.js$/,
    from: 'const AsyncValidator = RawAsyncValidator;',
    to: '',
  },
  {
    file: /[\\/]@rc-component[\\/]form[\\/]es[\\/]utils[\\/]validateUtil\.js$/,
    from: 'async function validateRule(name, value, rule, options, messageVariables) {',
    to: 'async function validateRule(name, value, rule, options, messageVariables) {\n  const AsyncValidator = await asyncValidator;',
  },
  {
    // Table's filter menu (Tree, Menu, Checkbox, Radio, the search box): the console's tables have no
    // column filters. flattenKeys is the one helper useFilter takes from that module, so it is inlined.
    // While the chunk loads a filtered column shows its plain title.
    file: /[\\/]antd[\\/]es[\\/]table[\\/]hooks[\\/]useFilter[\\/]index\.js$/,
    from: "import FilterDropdown, { flattenKeys } from './FilterDropdown';",
    to: [
      suspended('FilterDropdown', './FilterDropdown', 'props.children'),
      'function flattenKeys(filters) {',
      '  let keys = [];',
      '  (filters || []).forEach(({ value, children }) => {',
      '    keys.push(value);',
      '    if (children) keys = [...keys, ...flattenKeys(children)];',
      '  });',
      '  return keys;',
      '}',
    ].join('\n'),
  },
  {
    // Typography's tooltips (the ellipsis tooltip, the edit icon's, the copy button's) show only with
    // `ellipsis: { tooltip }`, `editable` or `copyable`, which the console's text rarely uses; without
    // them every page with a title stops downloading Tooltip. Until it loads the text shows untipped.
    file: /[\\/]antd[\\/]es[\\/]typography[\\/]Base[\\/]EllipsisTooltip\.js$/,
    from: "import Tooltip from '../../tooltip';",
    to: suspended('Tooltip', '../../tooltip', 'props.children'),
  },
  {
    file: /[\\/]antd[\\/]es[\\/]typography[\\/]Base[\\/]index\.js$/,
    from: "import Tooltip from '../../tooltip';",
    to: suspended('Tooltip', '../../tooltip', 'props.children'),
  },
  {
    file: /[\\/]antd[\\/]es[\\/]typography[\\/]Base[\\/]index\.js$/,
    from: "import CopyBtn from './CopyBtn';",
    to: suspended('CopyBtn', './CopyBtn', 'null'),
  },
  {
    // ConfigProvider wraps the app in Tooltip's UniqueProvider (rc-trigger with its popup, motion
    // and portal: ~8 KB gz in the shell) only when `tooltip.unique` is set, which the console never
    // sets; pages that show a tooltip load rc-trigger with their own chunks.
    file: /[\\/]antd[\\/]es[\\/]config-provider[\\/]index\.js$/,
    from: "import UniqueProvider from '../tooltip/UniqueProvider';",
    to: suspended('UniqueProvider', '../tooltip/UniqueProvider', 'props.children'),
  },
  {
    // Modal's `loading` skeleton, like Card's: the console's dialogs never say they are loading.
    file: /[\\/]antd[\\/]es[\\/]modal[\\/]Modal\.js$/,
    from: "import Skeleton from '../skeleton';",
    to: suspended('Skeleton', '../skeleton', 'null'),
  },
  {
    // A progress circle's tooltip (only for circles of 20 px or less, which show their text in it).
    file: /[\\/]antd[\\/]es[\\/]progress[\\/]Circle\.js$/,
    from: "import Tooltip from '../tooltip';",
    to: suspended('Tooltip', '../tooltip', 'props.children'),
  },
  {
    // Result's 403 / 404 / 500 illustrations (~9 KB gz of SVG) for pages that show a refusal or a
    // missing page; until one arrives, its box (250 × 295, sized by Result's own style) stays empty.
    file: /[\\/]antd[\\/]es[\\/]result[\\/]index\.js$/,
    from: "import noFound from './noFound';",
    to: suspended('noFound', './noFound', 'null'),
  },
  {
    file: /[\\/]antd[\\/]es[\\/]result[\\/]index\.js$/,
    from: "import serverError from './serverError';",
    to: suspended('serverError', './serverError', 'null'),
  },
  {
    file: /[\\/]antd[\\/]es[\\/]result[\\/]index\.js$/,
    from: "import unauthorized from './unauthorized';",
    to: suspended('unauthorized', './unauthorized', 'null'),
  },
  {
    // Input.OTP, which no page of the console renders, rides on every Input.
    file: /[\\/]antd[\\/]es[\\/]input[\\/]index\.js$/,
    from: "import OTP from './OTP';",
    to: suspended('OTP', './OTP', 'null'),
  },
];

export function lazyAntdParts(): Plugin {
  return {
    name: 'techbridge:lazy-antd-parts',
    enforce: 'pre',
    transform(code, id) {
      const rewrites = REWRITES.filter((candidate) => candidate.file.test(id));
      if (rewrites.length === 0) return undefined;
      // The stand-ins are React elements: a module that does not import React yet gets it.
      let out = /^import (\* as React|React(, \{[^}]*\})?) from 'react';$/m.test(code) ? code : `import * as React from 'react';\n${code}`;
      for (const rewrite of rewrites) {
        if (!out.includes(rewrite.from)) this.error(`${id} changed shape; review vite-plugins/lazy-antd-parts.ts`);
        out = out.replace(rewrite.from, rewrite.to);
      }
      return { code: out, map: null };
    },
  };
}
