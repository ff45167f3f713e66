import { EntityManager, In } from 'typeorm';

import { NeedStatus } from '../catalog.enums';
import { TechNeedEntity } from '../needs/tech-need.entity';
import { ResearchResultEntity } from '../results/research-result.entity';

/**
 * Catalogue rows as other libs read them to check their own rules (is the result published, who
 * owns it, may this caller see it): loaded by the catalogue, in the caller's transaction, and
 * read-only to the caller. Changes go through the catalogue's services.
 */
export type ResultRecord = Readonly<ResearchResultEntity>;
export type NeedRecord = Readonly<TechNeedEntity>;

export async function findResult(manager: EntityManager, id: string): Promise<ResultRecord | null> {
  return manager.findOneBy(ResearchResultEntity, { id });
}

export async function findResults(manager: EntityManager, ids: readonly string[]): Promise<ResultRecord[]> {
  return ids.length ? manager.findBy(ResearchResultEntity, { id: In([...ids]) }) : [];
}

export async function findNeeds(manager: EntityManager, ids: readonly string[]): Promise<NeedRecord[]> {
  return ids.length ? manager.findBy(TechNeedEntity, { id: In([...ids]) }) : [];
}

/** The need, locked FOR UPDATE until the caller's transaction ends (deal openings serialise on it). */
export async function lockNeed(manager: EntityManager, id: string): Promise<NeedRecord | null> {
  return manager.findOne(TechNeedEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
}

export async function needStatusOf(manager: EntityManager, id: string): Promise<NeedStatus | null> {
  const need = await manager.findOne(TechNeedEntity, { where: { id }, select: { id: true, status: true } });
  return need?.status ?? null;
}
