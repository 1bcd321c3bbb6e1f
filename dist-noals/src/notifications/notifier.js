"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.NOTIFIER = void 0;
/** Injection token of the Notifier. */
exports.NOTIFIER = Symbol('NOTIFIER');
//# sourceMappingURL=notifier.js.map