"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.COUNTER_STORE = void 0;
exports.COUNTER_STORE = Symbol('COUNTER_STORE');
//# sourceMappingURL=counter-store.js.map