import { DealStage } from './deal-stage.enum';
import { allowedMoves, DealActor, DealMove, judgeTransition } from './deal-stage.machine';

const { INTRODUCED, NEGOTIATING, TERMS_AGREED, CONTRACT_SIGNED, LOST } = DealStage;
const { BROKER_OF_RECORD, ADMIN, PARTY, OTHER } = DealActor;
const STAGES = Object.values(DealStage);
const ACTORS = Object.values(DealActor);
const MOVES: DealMove[] = ['advance', 'signContract', 'acceptOffer'];

/** The pipeline written out by hand, independently of the table under test: from, to, move, who. */
const ALLOWED: [DealStage, DealStage, DealMove, DealActor[]][] = [
  [INTRODUCED, NEGOTIATING, 'advance', [BROKER_OF_RECORD, ADMIN]],
  [NEGOTIATING, TERMS_AGREED, 'advance', [BROKER_OF_RECORD, ADMIN]],
  [NEGOTIATING, TERMS_AGREED, 'acceptOffer', [BROKER_OF_RECORD, PARTY]],
  [TERMS_AGREED, CONTRACT_SIGNED, 'signContract', [BROKER_OF_RECORD, ADMIN]],
  [INTRODUCED, LOST, 'advance', [BROKER_OF_RECORD, ADMIN, PARTY]],
  [NEGOTIATING, LOST, 'advance', [BROKER_OF_RECORD, ADMIN, PARTY]],
  [TERMS_AGREED, LOST, 'advance', [BROKER_OF_RECORD, ADMIN, PARTY]],
];

describe('deal stage machine', () => {
  const cases = STAGES.flatMap((from) => STAGES.flatMap((to) => ACTORS.flatMap((actor) => MOVES.map((move) => [from, to, actor, move] as const))));

  it('covers every from × to × actor × mutation', () => {
    expect(cases).toHaveLength(5 * 5 * 4 * 3);
  });

  it.each(cases)('%s → %s by %s through %s', (from, to, actor, move) => {
    const verdict = judgeTransition(from, to, actor, move);
    const edges = ALLOWED.filter(([f, t]) => f === from && t === to);
    const edge = edges.find(([, , via]) => via === move);
    if (edges.length === 0) {
      expect(verdict).toEqual({ ok: false, refusal: 'ILLEGAL_TRANSITION' });
    } else if (!edge) {
      // The first mutation listed for the move is the one the refusal points to.
      expect(verdict).toEqual({ ok: false, refusal: 'WRONG_MUTATION', via: edges[0][2] });
    } else if (!edge[3].includes(actor)) {
      expect(verdict).toEqual({ ok: false, refusal: 'NOT_ALLOWED' });
    } else {
      expect(verdict).toEqual({ ok: true, reasonRequired: to === LOST });
    }
  });

  it('keeps the final stages final and OTHER out of every move', () => {
    for (const to of STAGES) {
      for (const actor of ACTORS) {
        for (const move of MOVES) {
          expect(judgeTransition(CONTRACT_SIGNED, to, actor, move).ok).toBe(false);
          expect(judgeTransition(LOST, to, actor, move).ok).toBe(false);
        }
      }
      for (const from of STAGES) for (const move of MOVES) expect(judgeTransition(from, to, OTHER, move).ok).toBe(false);
    }
  });

  it('lets parties only give the deal up, or agree the terms by accepting an offer while negotiating', () => {
    const partyMoves = cases.filter(([from, to, actor, move]) => actor === PARTY && judgeTransition(from, to, actor, move).ok);
    expect(partyMoves.map(([from, to, , move]) => `${from}->${to}:${move}`)).toEqual([
      'INTRODUCED->LOST:advance',
      'NEGOTIATING->TERMS_AGREED:acceptOffer',
      'NEGOTIATING->LOST:advance',
      'TERMS_AGREED->LOST:advance',
    ]);
  });

  it('makes acceptOffer reach nothing but TERMS_AGREED from NEGOTIATING', () => {
    const accepted = cases.filter(([from, to, actor, move]) => move === 'acceptOffer' && judgeTransition(from, to, actor, move).ok);
    expect(new Set(accepted.map(([from, to]) => `${from}->${to}`))).toEqual(new Set(['NEGOTIATING->TERMS_AGREED']));
    // Accepting an offer before the negotiation started is not a move of the pipeline.
    expect(judgeTransition(INTRODUCED, TERMS_AGREED, PARTY, 'acceptOffer')).toEqual({ ok: false, refusal: 'ILLEGAL_TRANSITION' });
    expect(judgeTransition(NEGOTIATING, TERMS_AGREED, ADMIN, 'acceptOffer')).toEqual({ ok: false, refusal: 'NOT_ALLOWED' });
    // Through advance, a party still may not agree the terms.
    expect(judgeTransition(NEGOTIATING, TERMS_AGREED, PARTY, 'advance')).toEqual({ ok: false, refusal: 'NOT_ALLOWED' });
  });
});

describe('allowedMoves', () => {
  it.each(STAGES.flatMap((from) => ACTORS.map((actor) => [from, actor] as const)))(
    'from %s for %s: exactly the moves judgeTransition accepts',
    (from, actor) => {
      const accepted = STAGES.flatMap((to) =>
        MOVES.flatMap((via) => {
          const verdict = judgeTransition(from, to, actor, via);
          return verdict.ok ? [`${to}:${via}:${verdict.reasonRequired}`] : [];
        }),
      );
      const offered = allowedMoves(from, actor).map((move) => `${move.to}:${move.via}:${move.reasonRequired}`);
      expect([...offered].sort()).toEqual([...accepted].sort());
    },
  );

  it('offers the broker of record the forward move and LOST, with its reason required', () => {
    expect(allowedMoves(INTRODUCED, BROKER_OF_RECORD)).toEqual([
      { to: NEGOTIATING, via: 'advance', reasonRequired: false },
      { to: LOST, via: 'advance', reasonRequired: true },
    ]);
    expect(allowedMoves(TERMS_AGREED, ADMIN).map((move) => move.via)).toEqual(['signContract', 'advance']);
    expect(allowedMoves(CONTRACT_SIGNED, ADMIN)).toEqual([]);
    expect(allowedMoves(NEGOTIATING, OTHER)).toEqual([]);
  });
});
