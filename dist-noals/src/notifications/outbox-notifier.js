"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.OutboxNotifier = void 0;
const common_1 = require("@nestjs/common");
const outbound_message_entity_1 = require("./outbound-message.entity");
/** The default Notifier: writes each message to `outbound_messages` for a worker to deliver. */
let OutboxNotifier = class OutboxNotifier {
    async send(message, transaction) {
        await transaction.insert(outbound_message_entity_1.OutboundMessageEntity, {
            brandId: message.brandId,
            userId: message.userId ?? null,
            channel: message.channel,
            recipient: message.recipient,
            template: message.template,
            data: message.data,
        });
    }
};
exports.OutboxNotifier = OutboxNotifier;
exports.OutboxNotifier = OutboxNotifier = __decorate([
    (0, common_1.Injectable)()
], OutboxNotifier);
//# sourceMappingURL=outbox-notifier.js.map