import type { Plugin } from 'vite';

/**
 * Parts of antd components the console never renders, yet imports statically: Card imports Tabs
 * (and through it Dropdown and Menu) for its `tabList`, Typography imports the TextArea editor for
 * `editable`. No page uses either, so they become lazy imports: every page with a Card or a
 * Typography stops downloading them, and a page that one day uses them still works (it loads
 * them on first render, under the page's Suspense boundary).
 */
const REWRITES: { file: RegExp; from: string; to: string }[] = [
  { file: /[\\/]antd[\\/]es[\\/]card[\\/]Card\.js$/, from: "import Tabs from '../tabs';", to: "const Tabs = /*#__PURE__*/ React.lazy(() => import('../tabs'));" },
  {
    file: /[\\/]antd[\\/]es[\\/]typography[\\/]Base[\\/]index\.js$/,
    from: "import Editable from '../Editable';",
    to: "const Editable = /*#__PURE__*/ React.lazy(() => import('../Editable'));",
  },
];

export function lazyAntdParts(): Plugin {
  return {
    name: 'techbridge:lazy-antd-parts',
    enforce: 'pre',
    transform(code, id) {
      const rewrite = REWRITES.find((candidate) => candidate.file.test(id));
      if (!rewrite) return undefined;
      if (!code.includes(rewrite.from) || !code.includes("import * as React from 'react';")) {
        this.error(`${id} changed shape; review vite-plugins/lazy-antd-parts.ts`);
      }
      return { code: code.replace(rewrite.from, rewrite.to), map: null };
    },
  };
}
