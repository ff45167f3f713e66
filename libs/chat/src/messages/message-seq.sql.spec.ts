import { insertWithNextSeq } from './message-seq.sql';

describe('message seq rule', () => {
  const squash = (sql: string): string => sql.replace(/\s+/g, ' ');

  it('numbers a sent message with last_seq + 1 in the statement that raises it, for participants only', () => {
    const sql = squash(insertWithNextSeq({ sender: true, returning: 'id' }));
    expect(sql).toMatch(
      /^WITH bumped AS \(UPDATE conversation c SET last_seq = c\.last_seq \+ 1 WHERE c\.id = \$1 AND EXISTS \(SELECT 1 FROM conversation_participant p WHERE p\.conversation_id = c\.id AND p\.user_id = \$2\) RETURNING c\.id, c\.last_seq\)/,
    );
    expect(sql).toContain('SELECT bumped.id, bumped.last_seq, $2, $3, $4, $5, $6 FROM bumped RETURNING id');
  });

  it('numbers a SYSTEM message by the same rule, without a sender', () => {
    const sql = squash(insertWithNextSeq({ sender: false, returning: 'id, seq' }));
    expect(sql).toContain('UPDATE conversation c SET last_seq = c.last_seq + 1 WHERE c.id = $1 RETURNING c.id, c.last_seq');
    expect(sql).toContain("SELECT bumped.id, bumped.last_seq, 'SYSTEM', $2 FROM bumped RETURNING id, seq");
    expect(sql).not.toContain('conversation_participant');
  });
});
