"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const typeorm_1 = require("typeorm");
const signing_key_rotation_1 = require("../auth-server/keys/signing-key-rotation");
const signing_keys_repository_1 = require("../auth-server/keys/signing-keys.repository");
const data_source_options_1 = require("../database/data-source-options");
const cli_config_1 = require("./cli-config");
/**
 * Rotates the access-token signing key: `npm run keys:rotate` with the server's DATABASE_URL and
 * KEY_ENCRYPTION_SECRET. Running instances switch to the new key through a NOTIFY.
 */
(0, cli_config_1.runWithConfig)('Key rotation', async (config, databaseUrl) => {
    const dataSource = new typeorm_1.DataSource({ ...(0, data_source_options_1.dataSourceOptions)(databaseUrl), extra: { max: 2 } });
    await dataSource.initialize();
    try {
        const rotation = new signing_key_rotation_1.SigningKeyRotation(new signing_keys_repository_1.SigningKeysRepository(dataSource), config.KEY_ENCRYPTION_SECRET);
        const { key, previousKid } = await rotation.rotate();
        return previousKid
            ? `Rotated the signing key: ${key.kid} signs from now on, and ${previousKid} keeps verifying until its tokens expired`
            : `Created the signing key ${key.kid}`;
    }
    finally {
        await dataSource.destroy();
    }
});
//# sourceMappingURL=rotate-signing-key.js.map