import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';

/**
 * Runs a callback once the caller's transaction has committed (or at once outside a
 * transaction), so a broadcast never announces a row that a rollback then removes.
 */
@Injectable()
export class AfterCommit implements EntitySubscriberInterface, OnModuleInit {
  private readonly pending = new WeakMap<QueryRunner, (() => void)[]>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    this.dataSource.subscribers.push(this);
  }

  run(manager: EntityManager | undefined, callback: () => void): void {
    const runner = manager?.queryRunner;
    if (!runner || !runner.isTransactionActive) {
      callback();
      return;
    }
    const list = this.pending.get(runner);
    if (list) list.push(callback);
    else this.pending.set(runner, [callback]);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    // Releasing a savepoint also reports a commit; wait for the outermost one.
    if (event.queryRunner.isTransactionActive) return;
    const list = this.pending.get(event.queryRunner);
    this.pending.delete(event.queryRunner);
    for (const callback of list ?? []) callback();
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) this.pending.delete(event.queryRunner);
  }
}
