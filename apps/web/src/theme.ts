/**
 * The console's antd theme. vite-plugins/antd-static-styles.ts writes the components' CSS from it at
 * build time, and the browser takes its tokens as CSS custom properties at runtime.
 */
export const theme = {
  token: {
    colorPrimary: '#0f4fc7',
    colorLink: '#0f4fc7',
    // Ant Design's default greys for secondary text fall under WCAG AA contrast on its grey page background.
    colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.65)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
    borderRadius: 6,
    // Field errors and a hovered primary button or link keep 4.5:1 too (the defaults are lighter).
    colorError: '#c41d24',
    colorPrimaryHover: '#0f47b8',
    colorLinkHover: '#0f47b8',
  },
};
