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
exports.AuditRepository = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const audit_event_entity_1 = require("./audit-event.entity");
let AuditRepository = class AuditRepository {
    dataSource;
    constructor(dataSource) {
        this.dataSource = dataSource;
    }
    /**
     * Inserts a batch of events in one statement of nine array parameters, whatever the batch
     * size. TypeORM's insert() builds one placeholder per value, which took about 4 % of the token
     * endpoint's CPU in a profile of the client_credentials grant.
     */
    async insertMany(events) {
        const column = (key) => events.map((event) => event[key] ?? null);
        await this.dataSource.query(`INSERT INTO audit_events
         (brand_id, type, client_id, user_id, session_id, request_id, ip, details, created_at)
       SELECT brand_id, type, client_id, user_id, session_id, request_id, ip, details::jsonb,
              created_at
         FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::uuid[], $5::uuid[],
                     $6::varchar[], $7::varchar[], $8::text[], $9::timestamptz[])
           AS batch (brand_id, type, client_id, user_id, session_id, request_id, ip, details,
                     created_at)`, [
            column('brandId'),
            column('type'),
            column('clientId'),
            column('userId'),
            column('sessionId'),
            column('requestId'),
            column('ip'),
            events.map((event) => JSON.stringify(event.details ?? {})),
            events.map((event) => event.createdAt ?? new Date()),
        ]);
    }
    /** Returns one page of a brand's events, newest first, and the count of all that match. */
    async findPage(filter, offset, limit) {
        const query = this.dataSource
            .getRepository(audit_event_entity_1.AuditEventEntity)
            .createQueryBuilder('event')
            .where('event.brand_id = :brandId', { brandId: filter.brandId });
        if (filter.userId) {
            query.andWhere('event.user_id = :userId', { userId: filter.userId });
        }
        if (filter.clientId) {
            query.andWhere('event.client_id = :clientId', { clientId: filter.clientId });
        }
        if (filter.type) {
            query.andWhere('event.type = :type', { type: filter.type });
        }
        if (filter.from) {
            query.andWhere('event.created_at >= :from', { from: filter.from });
        }
        if (filter.to) {
            query.andWhere('event.created_at < :to', { to: filter.to });
        }
        return query
            .orderBy('event.created_at', 'DESC')
            .addOrderBy('event.id', 'DESC')
            .skip(offset)
            .take(limit)
            .getManyAndCount();
    }
};
exports.AuditRepository = AuditRepository;
exports.AuditRepository = AuditRepository = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource])
], AuditRepository);
//# sourceMappingURL=audit.repository.js.map