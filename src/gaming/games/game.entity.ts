import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A game of a brand's catalogue. */
@Entity('games')
export class GameEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** The game provider; round ids are unique per provider. */
  @Column({ type: 'varchar', length: 64 })
  provider: string;

  @Column({ type: 'varchar', length: 64 })
  category: string;

  @Column({ name: 'counts_for_wagering', type: 'boolean', default: true })
  countsForWagering: boolean;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
