import { BadRequestException } from '@nestjs/common';

import { assertNoDuplicateKeys } from './duplicate-keys';

describe('assertNoDuplicateKeys', () => {
  it.each([
    ['a flat object', '{"a":1,"a":2}', 'a'],
    ['a nested object', '{"a":{"b":1,"b":2}}', 'b'],
    ['an object in an array', '[{"x":1},{"y":1,"y":1}]', 'y'],
    ['spaces before the colon', '{"a" :1,"a"\n:2}', 'a'],
    ['escaped keys', '{"\\u0061":1,"a":2}', 'a'],
  ])('rejects %s', (_name, json, key) => {
    expect(() => assertNoDuplicateKeys(json)).toThrow(
      new BadRequestException(`The request body repeats the key ${key}`),
    );
  });

  it.each([
    ['keys in sibling objects', '{"a":{"x":1},"b":{"x":2}}'],
    ['equal strings in an array', '["a","a"]'],
    ['a key-like string value', '{"a":"\\"a\\":","b":"a"}'],
    ['scalars', '"a"'],
    ['an empty object', '{}'],
  ])('accepts %s', (_name, json) => {
    expect(() => assertNoDuplicateKeys(json)).not.toThrow();
  });
});
