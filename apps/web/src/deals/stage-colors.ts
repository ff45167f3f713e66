/** Stage tag colours with enough contrast against white text (WCAG AA). */
export const STAGE_COLORS: Record<string, string> = {
  INTRODUCED: '#1456d9',
  NEGOTIATING: '#1456d9',
  TERMS_AGREED: '#875400',
  CONTRACT_SIGNED: '#237804',
  LOST: '#595959',
};
