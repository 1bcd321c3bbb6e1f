import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

import { queryPrepared, queryPreparedOnPool, statementNameFor } from './prepared-query';

/**
 * A SELECT of every column of an entity by a fixed WHERE clause, built once from the entity's
 * metadata, whose rows are hydrated as TypeORM's find would. It skips TypeORM's query builder,
 * which took more CPU than the pg driver itself in a profile of GET /users/me, and runs as a
 * prepared statement, so PostgreSQL parses and plans it once per connection.
 */
export class RawEntityQuery<T extends ObjectLiteral> {
  private readonly sql: string;
  private readonly statementName: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly target: EntityTarget<T>,
    where: string,
    /** Appended after the WHERE clause, such as a row-locking clause. */
    suffix = '',
    /** Further output columns, read with `findRow`. */
    extraColumns = '',
  ) {
    const metadata = dataSource.getMetadata(target);
    const columns = metadata.columns
      .map((column) => `"${column.databaseName}"`)
      .concat(extraColumns ? [extraColumns] : [])
      .join(', ');
    this.sql = `SELECT ${columns} FROM "${metadata.tableName}" WHERE ${where} ${suffix}`.trimEnd();
    this.statementName = statementNameFor(this.sql);
  }

  /** Runs the SELECT, in `manager`'s transaction when given, and returns the first row. */
  async findOne(parameters: unknown[], manager?: EntityManager): Promise<T | null> {
    const row = await this.findRow(parameters, manager);
    return row ? this.hydrate(row) : null;
  }

  /** Runs the SELECT and returns every row as an entity. */
  async findMany(parameters: unknown[], manager?: EntityManager): Promise<T[]> {
    const rows = await this.run(parameters, manager);
    return rows.map((row) => this.hydrate(row));
  }

  /** Runs the SELECT and returns the first raw row, extra columns included, or null. */
  async findRow(
    parameters: unknown[],
    manager?: EntityManager,
  ): Promise<Record<string, unknown> | null> {
    const rows = await this.run(parameters, manager);
    return rows[0] ?? null;
  }

  /**
   * Runs the SELECT in `manager`'s transaction when it has one, on a pooled connection when no
   * manager is given, and unprepared through a manager without a transaction.
   */
  private run(parameters: unknown[], manager?: EntityManager): Promise<Record<string, unknown>[]> {
    if (manager?.queryRunner) {
      return queryPrepared(manager, this.statementName, this.sql, parameters);
    }
    if (manager) {
      return manager.query(this.sql, parameters);
    }
    return queryPreparedOnPool(this.dataSource, this.statementName, this.sql, parameters);
  }

  /** Turns a raw row holding every column, such as one from RETURNING *, into an entity. */
  hydrate(row: Record<string, unknown>): T {
    const metadata = this.dataSource.getMetadata(this.target);
    const entity = metadata.create() as T;
    for (const column of metadata.columns) {
      const value: unknown = this.dataSource.driver.prepareHydratedValue(
        row[column.databaseName],
        column,
      );
      (entity as Record<string, unknown>)[column.propertyName] = value;
    }
    return entity;
  }
}
