"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ClientsRepository = exports.CLIENT_CHANGED_CHANNEL = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const client_entity_1 = require("./client.entity");
exports.CLIENT_CHANGED_CHANNEL = 'client_changed';
let ClientsRepository = class ClientsRepository {
    dataSource;
    constructor(dataSource) {
        this.dataSource = dataSource;
    }
    findByClientId(clientId) {
        return this.dataSource
            .getRepository(client_entity_1.ClientEntity)
            .findOne({ where: { clientId }, relations: { brand: true } });
    }
    findByBrand(brandId) {
        return this.dataSource
            .getRepository(client_entity_1.ClientEntity)
            .find({ where: { brandId }, relations: { brand: true }, order: { createdAt: 'ASC' } });
    }
    async insert(client, manager) {
        const executor = manager ?? this.dataSource.manager;
        const saved = await executor.save(executor.create(client_entity_1.ClientEntity, client));
        return executor.findOneOrFail(client_entity_1.ClientEntity, {
            where: { id: saved.id },
            relations: { brand: true },
        });
    }
    /**
     * Changes a client and, in the same transaction, notifies every instance to drop its cached copy
     * (NOTIFY on CLIENT_CHANGED_CHANNEL, delivered at commit).
     */
    async update(id, changes) {
        return this.dataSource.transaction(async (manager) => {
            await manager.update(client_entity_1.ClientEntity, { id }, changes);
            const client = await manager.findOneOrFail(client_entity_1.ClientEntity, {
                where: { id },
                relations: { brand: true },
            });
            await manager.query('SELECT pg_notify($1, $2)', [exports.CLIENT_CHANGED_CHANNEL, client.clientId]);
            return client;
        });
    }
};
exports.ClientsRepository = ClientsRepository;
exports.ClientsRepository = ClientsRepository = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource])
], ClientsRepository);
//# sourceMappingURL=clients.repository.js.map