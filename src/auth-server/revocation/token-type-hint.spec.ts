import { lookupOrder } from './token-type-hint';

describe('lookupOrder', () => {
  it('tries access tokens first by default', () => {
    expect(lookupOrder(undefined)).toEqual(['access_token', 'refresh_token']);
  });

  it('follows the refresh_token hint', () => {
    expect(lookupOrder('refresh_token')).toEqual(['refresh_token', 'access_token']);
  });

  it('ignores an unknown hint', () => {
    expect(lookupOrder('id_token')).toEqual(['access_token', 'refresh_token']);
  });
});
