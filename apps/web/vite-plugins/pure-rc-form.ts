import type { Plugin } from 'vite';

/**
 * `@rc-component/form`'s index builds its default export by assigning statics to it
 * (`RefForm.useForm = useForm`, …). The bundler must keep such writes, and with them the whole form
 * engine and its validator, wherever anything imports the index — antd's ConfigProvider does, for
 * FormProvider alone, so every page (and the shell) carried Form. Wrapping the assignments in a
 * pure function keeps the export identical and lets an unused default be dropped.
 */
export function pureRcForm(): Plugin {
  return {
    name: 'techbridge:pure-rc-form',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]@rc-component[\\/]form[\\/]es[\\/]index\.js$/.test(id)) return undefined;
      const statics = /const RefForm = InternalForm;\n((?:RefForm\.\w+ = \w+;\n)+)/;
      const match = statics.exec(code);
      if (!match) this.error('@rc-component/form/es/index.js changed shape; review vite-plugins/pure-rc-form.ts');
      const rewritten = code.replace(
        statics,
        `const RefForm = /*#__PURE__*/ (() => {\n${match[1]}return InternalForm;\n})();\n`.replace(/RefForm\./g, 'InternalForm.'),
      );
      return { code: rewritten, map: null, moduleSideEffects: false };
    },
  };
}
