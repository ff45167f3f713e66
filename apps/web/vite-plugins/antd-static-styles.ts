import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * antd's zero-runtime mode: the console's ConfigProvider says `zeroRuntime: true`, so components
 * stop generating their CSS in the browser (serialising every component's style objects on its
 * first render was most of the boot's blocking time on a slow phone), and this plugin writes that
 * CSS at build time instead, from antd's own style functions with the console's theme.
 *
 * antd ships one `antd/dist/antd.css` for every component with the default theme (≈ 110 KB
 * gzipped, render-blocking); instead, each component's CSS is written to its own file and imported
 * by the antd module that declares its style hook (`antd/es/<component>/style/*.js`), so a route's
 * CSS follows its JavaScript: the shell's chunk carries the shell's components' CSS, a lazy part
 * brings its own CSS with its chunk, and a component nobody imports costs nothing.
 *
 * What still runs in the browser is the small part antd keeps at runtime in this mode: the design
 * tokens and each component's tokens as CSS custom properties (so `motion: false` for reduced
 * motion, or any token change, still applies live), and the icons' reset.
 */

/** The hook names a style module declares: `genStyleHooks('Button', …)` → 'Button-Button'. */
const HOOK = /gen(?:StyleHooks|SubStyleComponent|ComponentStyleHook)\(\s*(\[[^\]]*\]|'[^']*')/g;

export function hookNames(code: string): string[] {
  const names: string[] = [];
  for (const [, arg] of code.matchAll(HOOK)) {
    const cells = [...arg.matchAll(/'([^']*)'/g)].map(([, cell]) => cell);
    names.push((cells.length === 1 ? [cells[0], cells[0]] : cells).join('-'));
  }
  return names;
}

type Theme = { token: Record<string, unknown> };

interface CssInJsCache {
  cache: Map<string, unknown>;
}

/**
 * Renders every antd component once on the server side with the console's theme (runtime styles
 * on), and returns the CSS each style hook registered, by hook name, plus the shared reset
 * (`a` links, icons) under 'base'.
 */
export function extract(root: string, theme: Theme): Map<string, string> {
  const require = createRequire(join(root, 'package.json'));
  const React = require('react') as typeof import('react');
  const { renderToString } = require('react-dom/server') as typeof import('react-dom/server');
  // The CommonJS build and the cssinjs copy it requires: one style cache for both.
  const antd = require('antd') as Record<string, any>;
  const cssinjs = require('@ant-design/cssinjs') as typeof import('@ant-design/cssinjs');
  const h = React.createElement;
  // Components that need props or children to render at all; the floating ones draw their panel.
  const custom: Record<string, () => React.ReactNode> = {
    Affix: () => null,
    BackTop: () => null,
    Dropdown: () => h(antd.Dropdown, { menu: { items: [] } }, h('span')),
    Menu: () => h(antd.Menu, { items: [{ key: 'a', label: 'a', children: [{ key: 'b', label: 'b' }] }] }),
    QRCode: () => h(antd.QRCode, { value: 'x' }),
    Tree: () => h(antd.Tree, { treeData: [] }),
  };
  const floating = ['ConfigProvider', 'Drawer', 'Modal', 'Popconfirm', 'Popover', 'Tooltip', 'Tour', 'FloatButton', 'App'];
  const isComponent = (value: any) => typeof value === 'function' || !!value?.$$typeof;
  const elements: React.ReactNode[] = [];
  for (const name of Object.keys(antd).filter((key) => /^[A-Z]/.test(key) && !floating.includes(key) && isComponent(antd[key]))) {
    elements.push(h((custom[name] ?? antd[name]) as React.ElementType, { key: name }));
    // Input.Search, Space.Compact, Layout.Sider…: parts with style hooks of their own.
    for (const part of Object.keys(antd[name]).filter((key) => /^[A-Z]/.test(key) && isComponent(antd[name][key])))
      elements.push(h(antd[name][part], { key: `${name}.${part}` }));
  }
  for (const name of ['Drawer', 'Modal', 'Popover', 'Popconfirm', 'Tooltip', 'Tour', 'message', 'notification', 'FloatButton']) {
    const Panel = antd[name]?._InternalPanelDoNotUseOrYouWillBeFired;
    if (Panel) elements.push(h(Panel, { key: `panel-${name}` }));
  }
  // Styles that register only for some props: preset and status colours, compact buttons, addons,
  // a form item's field, a confirm dialog.
  elements.push(
    h(antd.Tag, { key: 'tag-preset', color: 'blue' }),
    h(antd.Tag, { key: 'tag-status', color: 'success' }),
    h(antd.Space.Compact, { key: 'compact' }, h(antd.Button), h(antd.Input)),
    h(antd.Input, { key: 'addon', addonBefore: 'a' }),
    h(antd.Form, { key: 'form-item' }, h(antd.Form.Item, { label: 'a', name: 'a' }, h(antd.Input))),
    h(antd.Modal._InternalPanelDoNotUseOrYouWillBeFired, { key: 'confirm', type: 'confirm' }),
    h(antd.FloatButton, { key: 'float' }),
  );
  const cache = cssinjs.createCache() as unknown as CssInJsCache;
  const silent = console.warn;
  const error = console.error;
  // The deprecation notices of components the console does not use.
  console.warn = console.error = () => {};
  try {
    // One element at a time: a part that cannot render without its parent's props is left out.
    for (const element of elements) {
      try {
        renderToString(
          h(
            cssinjs.StyleProvider,
            { cache: cache as never },
            h(antd.ConfigProvider, { theme: { ...theme, ...staticThemeOptions } }, h(antd.App, null, element)),
          ),
        );
      } catch {
        // Its styles come with another element.
      }
    }
  } finally {
    console.warn = silent;
    console.error = error;
  }
  const groups = new Map<string, Map<string, unknown>>();
  for (const [key, value] of cache.cache) {
    // Keys are `style%%<hook name>%<prefixCls>%<iconPrefixCls>`; token and component-token CSS
    // variables stay at runtime.
    const [type, ...parts] = key.split('%');
    const at = parts.findIndex(Boolean);
    const path = parts[at];
    // A part rendered out of its parent (no prefixCls from it) registers a class-less copy.
    if (type !== 'style' || !path || !parts[at + 1]) continue;
    const name = path === 'Shared' || path === 'ant-design-icons' ? 'base' : path;
    if (!groups.has(name)) groups.set(name, new Map());
    groups.get(name)!.set(key, value);
  }
  const css = new Map<string, string>();
  for (const [name, entries] of groups) {
    const part = cssinjs.createCache() as unknown as CssInJsCache;
    part.cache = entries;
    // In a layer of its own, as antd's `layer` option does: a part's CSS arriving with a lazy chunk,
    // after the console's stylesheet, cannot override it.
    css.set(name, `@layer antd{${cssinjs.extractStyle(part as never, { plain: true, types: 'style' })}}`);
  }
  return css;
}

/** What the browser's ConfigProvider and the extraction share: class names without a hash. */
export const staticThemeOptions = { hashed: false, zeroRuntime: false } as const;

export function antdStaticStyles(theme: Theme): Plugin {
  let dir = '';
  let names = new Set<string>();
  let serving = false;
  return {
    name: 'techbridge:antd-static-styles',
    enforce: 'pre',
    configResolved(config) {
      serving = config.command === 'serve';
      dir = resolve(config.root, 'node_modules/.antd-css');
      mkdirSync(dir, { recursive: true });
      for (const file of readdirSync(dir)) if (file.endsWith('.css')) writeFileSync(join(dir, file), '');
      const css = extract(config.root, theme);
      for (const [name, text] of css) writeFileSync(join(dir, `${name}.css`), text);
      names = new Set(css.keys());
      // The dev server pre-bundles antd, out of reach of transform: it takes every component's CSS.
      writeFileSync(join(dir, 'all.css'), [...css.values()].join('\n'));
    },
    resolveId(source) {
      if (source === 'virtual:antd-base.css') return join(dir, serving ? 'all.css' : 'base.css');
      return null;
    },
    transform(code, id) {
      if (!/[\\/]antd[\\/]es[\\/].*style.*\.js$/.test(id)) return null;
      const imports = hookNames(code)
        .filter((name) => names.has(name))
        .map((name) => `import ${JSON.stringify(join(dir, `${name}.css`))};`);
      return imports.length ? { code: `${imports.join('\n')}\n${code}`, map: null } : null;
    },
  };
}

/** Every hook name that antd's style modules declare (for the spec: each must get its CSS). */
export function declaredHookNames(root: string): Set<string> {
  const es = resolve(root, 'node_modules/antd/es');
  const names = new Set<string>();
  for (const entry of readdirSync(es, { recursive: true, withFileTypes: true })) {
    const file = join(entry.parentPath, entry.name);
    if (entry.isFile() && /style.*\.js$/.test(file)) for (const name of hookNames(readFileSync(file, 'utf8'))) names.add(name);
  }
  return names;
}
