export * from './insights.module';
export * from './kpi-scope';
export * from './kpi.service';
export * from './kpi.models';
export * from './exports/export-links';
export * from './rollup/kpi-rollup.service';
