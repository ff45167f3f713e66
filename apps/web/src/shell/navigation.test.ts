import { describe, expect, it } from 'vitest';
import { activeNavKey, visibleNavItems } from './navigation';

describe('navigation', () => {
  it('shows each workspace only to the roles that use it', () => {
    expect(visibleNavItems(undefined).map((item) => item.key)).toEqual(['home', 'search', 'events', 'pilot']);
    expect(visibleNavItems(['ENTERPRISE']).map((item) => item.key)).toContain('enterprise');
    expect(visibleNavItems(['ENTERPRISE']).map((item) => item.key)).not.toContain('research');
    expect(visibleNavItems(['RESEARCHER']).map((item) => item.key)).toContain('research');
    expect(visibleNavItems(['BROKER']).map((item) => item.key)).toEqual(['home', 'search', 'events', 'pilot', 'broker']);
    expect(visibleNavItems(['ADMIN']).map((item) => item.key)).toEqual(expect.arrayContaining(['research', 'enterprise', 'admin']));
    expect(visibleNavItems(['BROKER', 'ENTERPRISE', 'RESEARCHER']).map((item) => item.key)).not.toContain('admin');
  });

  it('marks the section a path belongs to', () => {
    expect(activeNavKey('/')).toBe('home');
    expect(activeNavKey('/search')).toBe('search');
    expect(activeNavKey('/research/results/1')).toBe('research');
    expect(activeNavKey('/researchers')).toBeUndefined();
    expect(activeNavKey('/admin/pilot')).toBe('admin');
  });
});
