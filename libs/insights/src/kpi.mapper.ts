import { KpiFigureModel, KpiReportModel } from './kpi.models';
import { KpiFigureData, KpiReportData } from './kpi.service';
import { KpiScopeKind } from './kpi-scope';

export function toFigureModel(figure: KpiFigureData): KpiFigureModel {
  return { ...figure, label: `${figure.labelZh} ${figure.labelEn}` };
}

export function toReportModel(report: KpiReportData): KpiReportModel {
  const count = (key: string): number => Number(report.values[key] ?? 0);
  const scope = report.scope;
  return {
    year: report.year,
    resultsCollected: count('resultsCollected'),
    resultsEvaluated: count('resultsEvaluated'),
    resultsPublished: count('resultsPublished'),
    majorResultsSelected: count('majorResultsSelected'),
    industrialProjects: count('industrialProjects'),
    needsCollected: count('needsCollected'),
    needsLinked: count('needsLinked'),
    matchesMade: count('matchesMade'),
    dealsOpened: count('dealsOpened'),
    contractsSigned: count('contractsSigned'),
    contractTurnover: report.figures.find((figure) => figure.key === 'contractTurnover')?.value ?? '0.00',
    eventsHeld: count('eventsHeld'),
    meetingsHeld: count('meetingsHeld'),
    activeBrokers: count('activeBrokers'),
    pilotBookingsCompleted: count('pilotBookingsCompleted'),
    figures: report.figures.map(toFigureModel),
    scope: scope.kind,
    organizationId: scope.kind === KpiScopeKind.ORGANIZATION ? scope.organizationId : null,
    brokerId: scope.kind === KpiScopeKind.BROKER ? scope.brokerId : null,
    scopeData: scope,
  };
}
