import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NavItem } from './navigation';

/** The header's links as plain links (the header needs no menu widget, only links and the current page marked). */
export function NavLinks({ items, active, vertical = false }: { items: NavItem[]; active: string | undefined; vertical?: boolean }) {
  const { t } = useTranslation();
  return (
    <ul className={vertical ? 'tb-nav tb-nav-vertical' : 'tb-nav'}>
      {items.map((item) => (
        <li key={item.key}>
          <Link to={item.path} className="tb-nav-link" aria-current={item.key === active ? 'page' : undefined}>
            {t(item.label)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
