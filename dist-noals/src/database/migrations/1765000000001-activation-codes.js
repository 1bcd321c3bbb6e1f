"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ActivationCodes1765000000001 = void 0;
class ActivationCodes1765000000001 {
    name = 'ActivationCodes1765000000001';
    async up(queryRunner) {
        await queryRunner.query(`
      CREATE TABLE activation_codes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        brand_id uuid NOT NULL REFERENCES brands(id) ON DELETE RESTRICT,
        code_hash bytea NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        invalidated_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
        await queryRunner.query(`CREATE UNIQUE INDEX activation_codes_code_hash_key ON activation_codes (code_hash)`);
        await queryRunner.query(`CREATE INDEX activation_codes_user_created_idx ON activation_codes (user_id, created_at DESC)`);
        await queryRunner.query(`
      CREATE TABLE outbound_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        brand_id uuid NOT NULL REFERENCES brands(id) ON DELETE RESTRICT,
        user_id uuid REFERENCES users(id) ON DELETE CASCADE,
        channel varchar(16) NOT NULL,
        recipient varchar(254) NOT NULL,
        template varchar(64) NOT NULL,
        data jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      )`);
        await queryRunner.query(`CREATE INDEX outbound_messages_unsent_idx ON outbound_messages (created_at) WHERE sent_at IS NULL`);
    }
    async down(queryRunner) {
        await queryRunner.query(`DROP TABLE outbound_messages`);
        await queryRunner.query(`DROP TABLE activation_codes`);
    }
}
exports.ActivationCodes1765000000001 = ActivationCodes1765000000001;
//# sourceMappingURL=1765000000001-activation-codes.js.map