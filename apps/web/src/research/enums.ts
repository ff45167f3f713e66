/** The API's enum values the workspaces offer, in the order they are shown. */
export const RESULT_CLASSES = ['MAJOR_INNOVATION', 'INDUSTRIAL_INNOVATION', 'ENTERPRISE_DEMAND'] as const;
export type ResultClass = (typeof RESULT_CLASSES)[number];

export const TRANSFER_MODES = ['TRANSFER', 'LICENSE', 'EQUITY', 'JOINT_DEVELOPMENT', 'TECHNICAL_SERVICE'] as const;
export type TransferMode = (typeof TRANSFER_MODES)[number];

export const VISIBILITIES = ['PUBLIC', 'TEASER', 'PRIVATE'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** The funnel a result goes through; REJECTED and WITHDRAWN leave it. */
export const FUNNEL = ['DRAFT', 'SUBMITTED', 'EVALUATED', 'PUBLISHED'] as const;
export const RESULT_STATUSES = ['DRAFT', 'SUBMITTED', 'EVALUATED', 'PUBLISHED', 'REJECTED', 'WITHDRAWN'] as const;
export type ResultStatus = (typeof RESULT_STATUSES)[number];

/** Tag colours: dark enough for white text at 4.5:1 (Ant's preset tags are lighter). */
export const STATUS_COLORS: Record<ResultStatus, string> = {
  DRAFT: '#595959',
  SUBMITTED: '#1456d9',
  EVALUATED: '#08676b',
  PUBLISHED: '#237804',
  REJECTED: '#a8071a',
  WITHDRAWN: '#ad4e00',
};
