"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.assertNoDuplicateKeys = assertNoDuplicateKeys;
const common_1 = require("@nestjs/common");
/**
 * Throws 400 when an object in a JSON text repeats a key. JSON.parse keeps the last value, so a
 * repeated key could make a check upstream and this server read different values. Expects text
 * that JSON.parse has already accepted; scans it once, without recursion.
 */
function assertNoDuplicateKeys(json) {
    const keysPerObject = [];
    const containers = [];
    let index = 0;
    while (index < json.length) {
        const character = json[index];
        if (character === '"') {
            const end = endOfString(json, index);
            const isKey = containers.at(-1) === '{' && nextNonSpace(json, end) === ':';
            if (isKey) {
                const key = JSON.parse(json.slice(index, end));
                const keys = keysPerObject[keysPerObject.length - 1];
                if (keys.has(key)) {
                    throw new common_1.BadRequestException(`The request body repeats the key ${key.slice(0, 64)}`);
                }
                keys.add(key);
            }
            index = end;
            continue;
        }
        if (character === '{') {
            containers.push('{');
            keysPerObject.push(new Set());
        }
        else if (character === '[') {
            containers.push('[');
        }
        else if (character === '}') {
            containers.pop();
            keysPerObject.pop();
        }
        else if (character === ']') {
            containers.pop();
        }
        index++;
    }
}
/** Returns the index just past the closing quote of the string that starts at `start`. */
function endOfString(json, start) {
    let index = start + 1;
    while (json[index] !== '"') {
        index += json[index] === '\\' ? 2 : 1;
    }
    return index + 1;
}
function nextNonSpace(json, from) {
    let index = from;
    while (index < json.length && ' \t\r\n'.includes(json[index])) {
        index++;
    }
    return json[index];
}
//# sourceMappingURL=duplicate-keys.js.map