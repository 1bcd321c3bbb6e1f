"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SigningKeyRotation1765370000000 = void 0;
class SigningKeyRotation1765370000000 {
    name = 'SigningKeyRotation1765370000000';
    async up(queryRunner) {
        // When a newer key took over signing; the key retires once every token it signed expired.
        await queryRunner.query(`ALTER TABLE signing_keys ADD COLUMN rotated_at timestamptz`);
        await queryRunner.query(`CREATE UNIQUE INDEX signing_keys_one_active_idx ON signing_keys ((true)) WHERE active`);
    }
    async down(queryRunner) {
        await queryRunner.query(`DROP INDEX signing_keys_one_active_idx`);
        await queryRunner.query(`ALTER TABLE signing_keys DROP COLUMN rotated_at`);
    }
}
exports.SigningKeyRotation1765370000000 = SigningKeyRotation1765370000000;
//# sourceMappingURL=1765370000000-signing-key-rotation.js.map