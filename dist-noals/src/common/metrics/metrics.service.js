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
exports.MetricsService = exports.UNMATCHED_ROUTE = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const prom_client_1 = require("prom-client");
const typeorm_2 = require("typeorm");
const cluster_metrics_1 = require("./cluster-metrics");
/** Route label of requests that matched no route, so that random paths add no series. */
exports.UNMATCHED_ROUTE = 'unmatched';
/** Latency buckets in seconds, from a cached bearer check to a slow password hash. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
/**
 * The Prometheus metrics of this process, in a registry of its own so that several applications
 * in one process (as in the e2e tests) do not share series. Hot paths call the increment methods,
 * which reuse one labelled child per label set instead of hashing labels on every call.
 */
let MetricsService = class MetricsService {
    registry = new prom_client_1.Registry();
    requestDuration = new prom_client_1.Histogram({
        name: 'http_request_duration_seconds',
        help: 'HTTP request latency by method, route template and status; _count is the request count',
        labelNames: ['method', 'route', 'status'],
        buckets: LATENCY_BUCKETS,
        registers: [this.registry],
    });
    tokensIssued = new prom_client_1.Counter({
        name: 'oauth_tokens_issued_total',
        help: 'Token responses sent by the token endpoint, by grant_type',
        labelNames: ['grant_type'],
        registers: [this.registry],
    });
    refreshTokenReuse = new prom_client_1.Counter({
        name: 'oauth_refresh_token_reuse_total',
        help: 'Reused refresh tokens detected; each one revoked its session',
        registers: [this.registry],
    });
    lockouts = new prom_client_1.Counter({
        name: 'auth_lockouts_total',
        help: 'Locks started after too many failures, by kind: player (logins and password changes), ip or client',
        labelNames: ['kind'],
        registers: [this.registry],
    });
    requestChildren = new Map();
    constructor(dataSource) {
        (0, prom_client_1.collectDefaultMetrics)({ register: this.registry });
        (0, cluster_metrics_1.shareMetricsWithPrimary)(this.registry);
        this.registerPoolGauge(dataSource);
    }
    /** Records one HTTP response; `route` is the route template, never the raw path. */
    observeRequest(method, route, status, seconds) {
        const key = `${method} ${route} ${status}`;
        let child = this.requestChildren.get(key);
        if (!child) {
            const labels = { method, route, status };
            child = this.requestDuration.labels(labels);
            this.requestChildren.set(key, child);
        }
        child.observe(seconds);
    }
    tokenIssued(grantType) {
        this.tokensIssued.inc({ grant_type: grantType });
    }
    refreshTokenReused() {
        this.refreshTokenReuse.inc();
    }
    lockoutStarted(kind) {
        this.lockouts.inc({ kind });
    }
    /** Returns every metric in the Prometheus text format. */
    render() {
        return this.registry.metrics();
    }
    registerPoolGauge(dataSource) {
        const driver = dataSource.driver;
        const options = dataSource.options;
        new prom_client_1.Gauge({
            name: 'db_pool_connections',
            help: 'PostgreSQL pool of this process: total and idle connections, waiting requests, max size',
            labelNames: ['state'],
            registers: [this.registry],
            collect() {
                const pool = driver.master;
                this.set({ state: 'max' }, options.extra?.max ?? 10);
                if (pool) {
                    this.set({ state: 'total' }, pool.totalCount);
                    this.set({ state: 'idle' }, pool.idleCount);
                    this.set({ state: 'waiting' }, pool.waitingCount);
                }
            },
        });
    }
};
exports.MetricsService = MetricsService;
exports.MetricsService = MetricsService = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource])
], MetricsService);
//# sourceMappingURL=metrics.service.js.map