import { graphql } from '../gql';

export const KpiFigureFields = graphql(`
  fragment KpiFigureFields on KpiFigure {
    key
    labelZh
    labelEn
    actual
    value
    target
    share
    measure
    cityWide
  }
`);

/** The scoreboard's first screen: figures against targets, the funnel and the export links. */
export const ScoreboardQuery = graphql(`
  query Scoreboard($year: Int!, $scope: KpiScope) {
    kpis(year: $year, scope: $scope) {
      year
      scope
      figures {
        ...KpiFigureFields
      }
      funnel {
        stages {
          key
          labelZh
          labelEn
          count
          conversion
        }
        medianDaysToFirstBrokerContact
        medianDaysToContract
      }
      exportUrls {
        reportCsv
        reportXlsx
        contractsCsv
        contractsXlsx
        dealsCsv
        dealsXlsx
      }
    }
  }
`);

/** The six breakdowns the charts draw, asked for beside the first screen's request rather than inside it. */
export const ScoreboardBreakdownsQuery = graphql(`
  query ScoreboardBreakdowns($year: Int!, $scope: KpiScope) {
    kpis(year: $year, scope: $scope) {
      year
      byMonth: breakdown(by: MONTH) {
        ...KpiBucketFields
      }
      byDistrict: breakdown(by: DISTRICT) {
        ...KpiBucketFields
      }
      byChain: breakdown(by: CHAIN) {
        ...KpiBucketFields
      }
      byField: breakdown(by: FIELD) {
        ...KpiBucketFields
      }
      byClass: breakdown(by: RESULT_CLASS) {
        ...KpiBucketFields
      }
      byMeasure: breakdown(by: MEASURE) {
        ...KpiBucketFields
      }
    }
  }
`);

export const KpiBucketFields = graphql(`
  fragment KpiBucketFields on KpiBucket {
    bucket
    figures {
      key
      labelZh
      labelEn
      actual
    }
  }
`);

export const SetKpiTargetsMutation = graphql(`
  mutation SetKpiTargets($year: Int!, $targets: [KpiTargetInput!]!) {
    setKpiTargets(year: $year, targets: $targets) {
      year
      figures {
        ...KpiFigureFields
      }
    }
  }
`);
