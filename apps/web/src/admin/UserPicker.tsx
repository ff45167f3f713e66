import {} from 'antd';
import { useDeferredValue, useState } from 'react';
import { useQuery } from 'urql';
import type { Role } from '../gql/graphql';
import { AdminUsersQuery } from './documents';
import { LazySelect } from '../components/LazySelect';

export interface PickedUser {
  id: string;
  displayName: string;
  email: string;
}

interface Props {
  id?: string;
  value?: string | string[];
  onChange?: (value: string | string[]) => void;
  multiple?: boolean;
  placeholder?: string;
  /** Only people with / without this role, or of this organization. */
  role?: Role;
  withoutRole?: Role;
  organizationId?: string;
  /** Already chosen people, so their names show before any search. */
  known?: PickedUser[];
  'aria-label'?: string;
}

/** A person picker over the administrators' directory (`users`), searched on the server as one types. */
export function UserPicker({ id, value, onChange, multiple, placeholder, role, withoutRole, organizationId, known = [], ...rest }: Props) {
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search);
  const [{ data, fetching }] = useQuery({
    query: AdminUsersQuery,
    variables: {
      first: 20,
      filter: { search: deferred || null, role: role ?? null, withoutRole: withoutRole ?? null, organizationId: organizationId ?? null },
    },
    requestPolicy: 'cache-and-network',
  });
  const found = data?.users.edges.map((edge) => edge.node) ?? [];
  const options = new Map<string, { value: string; label: string }>();
  for (const user of [...known, ...found]) options.set(user.id, { value: user.id, label: `${user.displayName} · ${user.email}` });
  return (
    <LazySelect
      id={id}
      aria-label={rest['aria-label']}
      showSearch
      filterOption={false}
      onSearch={setSearch}
      loading={fetching}
      mode={multiple ? 'multiple' : undefined}
      value={value}
      onChange={(next: string | string[]) => onChange?.(next)}
      placeholder={placeholder}
      options={[...options.values()]}
      style={{ width: '100%' }}
    />
  );
}
