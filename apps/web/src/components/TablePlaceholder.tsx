import { Spin } from 'antd';

/** The height a middle-size antd table of `rows` rows takes (header and rows), its loading state inside. */
export function TablePlaceholder({ rows }: { rows: number }) {
  return (
    <div role="status" aria-busy="true" style={{ minHeight: 55 + Math.max(rows, 1) * 57, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
      <Spin />
    </div>
  );
}
