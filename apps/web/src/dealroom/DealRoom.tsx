import { Link } from 'react-router';

/**
 * Stand-in for the deal-room chat, built separately with the same export: until it lands, the
 * Chat tab only points back at the deal.
 */
export default function DealRoom({ dealId }: { dealId: string }) {
  return <Link to={`/deals/${dealId}`}>{`/deals/${dealId}`}</Link>;
}
