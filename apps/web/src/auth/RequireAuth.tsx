import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { PageState } from '../components/PageState';
import type { Role } from '../gql/graphql';
import { useSession } from './useSession';

/** Children only for a signed-in user (with one of `roles`, when given); others go to the login page. */
export function RequireAuth({ roles, children }: { roles?: Role[]; children: ReactNode }) {
  const { user, ready } = useSession();
  const location = useLocation();
  const { t } = useTranslation();
  if (!ready) return <PageState loading />;
  if (!user) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  if (roles && !roles.some((role) => user.roles.includes(role))) {
    return <PageState error={t('state.forbidden')} />;
  }
  return <>{children}</>;
}
