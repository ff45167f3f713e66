/** Strings of the broker workbench (namespace `broker`), in Chinese and English. */
export const brokerZh = {
  nav: { board: '我的对接', queue: '待分配对接' },
  title: { board: '经纪人工作台', queue: '待分配的对接' },
  capacity: '在办对接 {{active}} / 上限 {{capacity}}',
  capacityLabel: '工作量',
  filter: {
    label: '筛选',
    field: '产业领域',
    anyField: '全部领域',
    stage: '阶段',
    anyStage: '全部阶段',
    overdue: '只看逾期',
    clear: '清除筛选',
  },
  card: {
    score: '匹配度 {{score}}',
    noScore: '无匹配分',
    due: '截止 {{date}}',
    overdue: '已逾期',
    count: '{{count}} 项',
  },
  empty: { board: '没有符合条件的对接', column: '暂无', queue: '没有待分配的对接' },
  queue: { field: '领域：{{field}}' },
};

export type BrokerStrings = typeof brokerZh;

export const brokerEn: BrokerStrings = {
  nav: { board: 'My deals', queue: 'Unassigned deals' },
  title: { board: 'Broker workbench', queue: 'Deals waiting for a broker' },
  capacity: '{{active}} active deals of {{capacity}}',
  capacityLabel: 'Workload',
  filter: {
    label: 'Filters',
    field: 'Industry field',
    anyField: 'All fields',
    stage: 'Stage',
    anyStage: 'All stages',
    overdue: 'Overdue only',
    clear: 'Clear filters',
  },
  card: {
    score: 'Match {{score}}',
    noScore: 'No match score',
    due: 'Due {{date}}',
    overdue: 'Overdue',
    count: '{{count}} deals',
  },
  empty: { board: 'No deal matches the filters', column: 'None', queue: 'No deal is waiting for a broker' },
  queue: { field: 'Field: {{field}}' },
};
