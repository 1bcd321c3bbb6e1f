"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.IdempotencyKeys1765100000002 = void 0;
class IdempotencyKeys1765100000002 {
    name = 'IdempotencyKeys1765100000002';
    async up(queryRunner) {
        // One row per Idempotency-Key and caller. response_status is NULL while the first request
        // runs; claim_id changes each time a request takes the key, so only that request finishes it.
        await queryRunner.query(`
      CREATE TABLE idempotency_keys (
        brand text NOT NULL,
        client_id text NOT NULL,
        subject text NOT NULL,
        idempotency_key varchar(255) NOT NULL,
        claim_id uuid NOT NULL,
        request_hash char(64) NOT NULL,
        response_status smallint,
        response_body jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz,
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (brand, client_id, subject, idempotency_key)
      )`);
        await queryRunner.query(`CREATE INDEX idempotency_keys_expires_at_idx ON idempotency_keys (expires_at)`);
    }
    async down(queryRunner) {
        await queryRunner.query(`DROP TABLE idempotency_keys`);
    }
}
exports.IdempotencyKeys1765100000002 = IdempotencyKeys1765100000002;
//# sourceMappingURL=1765100000002-idempotency-keys.js.map