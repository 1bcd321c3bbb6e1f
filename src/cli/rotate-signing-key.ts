import { DataSource } from 'typeorm';

import { SigningKeyRotation } from '../auth-server/keys/signing-key-rotation';
import { SigningKeysRepository } from '../auth-server/keys/signing-keys.repository';
import { dataSourceOptions } from '../database/data-source-options';
import { runWithConfig } from './cli-config';

/**
 * Rotates the access-token signing key: `npm run keys:rotate` with the server's DATABASE_URL and
 * KEY_ENCRYPTION_SECRET. Running instances switch to the new key through a NOTIFY.
 */
runWithConfig('Key rotation', async (config, databaseUrl) => {
  const dataSource = new DataSource({ ...dataSourceOptions(databaseUrl), extra: { max: 2 } });
  await dataSource.initialize();
  try {
    const rotation = new SigningKeyRotation(
      new SigningKeysRepository(dataSource),
      config.KEY_ENCRYPTION_SECRET,
    );
    const { key, previousKid } = await rotation.rotate();
    return previousKid
      ? `Rotated the signing key: ${key.kid} signs from now on, and ${previousKid} keeps verifying until its tokens expired`
      : `Created the signing key ${key.kid}`;
  } finally {
    await dataSource.destroy();
  }
});
