import { DealStage } from './deal-stage.enum';
import { DealActor, DealMove, judgeTransition } from './deal-stage.machine';

const { INTRODUCED, NEGOTIATING, TERMS_AGREED, CONTRACT_SIGNED, LOST } = DealStage;
const { BROKER_OF_RECORD, ADMIN, PARTY, OTHER } = DealActor;
const STAGES = Object.values(DealStage);
const ACTORS = Object.values(DealActor);
const MOVES: DealMove[] = ['advance', 'signContract'];

/** The pipeline written out by hand, independently of the table under test: from, to, move, who. */
const ALLOWED: [DealStage, DealStage, DealMove, DealActor[]][] = [
  [INTRODUCED, NEGOTIATING, 'advance', [BROKER_OF_RECORD, ADMIN]],
  [NEGOTIATING, TERMS_AGREED, 'advance', [BROKER_OF_RECORD, ADMIN]],
  [TERMS_AGREED, CONTRACT_SIGNED, 'signContract', [BROKER_OF_RECORD, ADMIN]],
  [INTRODUCED, LOST, 'advance', [BROKER_OF_RECORD, ADMIN, PARTY]],
  [NEGOTIATING, LOST, 'advance', [BROKER_OF_RECORD, ADMIN, PARTY]],
  [TERMS_AGREED, LOST, 'advance', [BROKER_OF_RECORD, ADMIN, PARTY]],
];

describe('deal stage machine', () => {
  const cases = STAGES.flatMap((from) => STAGES.flatMap((to) => ACTORS.flatMap((actor) => MOVES.map((move) => [from, to, actor, move] as const))));

  it('covers every from × to × actor × mutation', () => {
    expect(cases).toHaveLength(5 * 5 * 4 * 2);
  });

  it.each(cases)('%s → %s by %s through %s', (from, to, actor, move) => {
    const verdict = judgeTransition(from, to, actor, move);
    const edge = ALLOWED.find(([f, t]) => f === from && t === to);
    if (!edge) {
      expect(verdict).toEqual({ ok: false, refusal: 'ILLEGAL_TRANSITION' });
    } else if (edge[2] !== move) {
      expect(verdict).toEqual({ ok: false, refusal: 'WRONG_MUTATION', via: edge[2] });
    } else if (!edge[3].includes(actor)) {
      expect(verdict).toEqual({ ok: false, refusal: 'NOT_ALLOWED' });
    } else {
      expect(verdict).toEqual({ ok: true, reasonRequired: to === LOST });
    }
  });

  it('keeps the final stages final and OTHER out of every move', () => {
    for (const to of STAGES) {
      for (const actor of ACTORS) {
        expect(judgeTransition(CONTRACT_SIGNED, to, actor, 'advance').ok).toBe(false);
        expect(judgeTransition(LOST, to, actor, 'advance').ok).toBe(false);
      }
      for (const from of STAGES) for (const move of MOVES) expect(judgeTransition(from, to, OTHER, move).ok).toBe(false);
    }
  });

  it('lets parties do nothing but give the deal up', () => {
    const partyMoves = cases.filter(([from, to, actor, move]) => actor === PARTY && judgeTransition(from, to, actor, move).ok);
    expect(partyMoves.map(([from, to]) => `${from}->${to}`)).toEqual(['INTRODUCED->LOST', 'NEGOTIATING->LOST', 'TERMS_AGREED->LOST']);
  });
});
