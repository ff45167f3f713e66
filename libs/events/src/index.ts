export * from './scheduling/schedule-instance';
export * from './scheduling/meeting-scheduler';
export * from './scheduling/schedule-bound';
export * from './scheduling/instance-generator';
export * from './scheduling/schedule-check';
