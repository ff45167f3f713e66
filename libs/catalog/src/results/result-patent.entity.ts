import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('result_patent')
export class ResultPatentEntity {
  @PrimaryColumn({ name: 'result_id', type: 'uuid' })
  resultId: string;

  /** Order in which the owner listed the patents. */
  @PrimaryColumn({ type: 'smallint' })
  position: number;

  @Column({ type: 'text' })
  number: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'boolean' })
  granted: boolean;
}
