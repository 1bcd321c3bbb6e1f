"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GRANTS = void 0;
exports.GRANTS = Symbol('GRANTS');
//# sourceMappingURL=grant.js.map