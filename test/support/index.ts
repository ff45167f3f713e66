export * from './test-app';
export * from './test-database';
export * from './accounts';
export * from './wait';
export * from './chat';
export * from './log-capture';
export * from './test-events';
export * from './domain-event-types';
