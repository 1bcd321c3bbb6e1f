import { AddressInfo } from 'node:net';

import fc from 'fast-check';
import request from 'supertest';

import { TestApp } from '../helpers/test-app';
import { authorizationCases } from './authorization';
import { FuzzRequest, requestsFor } from './fuzz-requests';
import { FuzzWorld } from './fuzz-world';
import { listOperations, OpenApiDocument, Operation } from './openapi';
import { checkResponse } from './oracle';
import { RawResponse, send } from './send';

/** One request whose response broke the contract. */
export interface FuzzFailure {
  request: string;
  status: number;
  problems: string[];
  body: string;
}

/** A fuzzer bound to one running application and the data it created there. */
export class Campaign {
  readonly statusCounts = new Map<number, number>();
  readonly failures: FuzzFailure[] = [];
  sent = 0;

  private constructor(
    private readonly world: FuzzWorld,
    private readonly port: number,
    private readonly operations: Operation[],
    readonly requests: fc.Arbitrary<FuzzRequest>,
  ) {}

  /** Seeds the data, reads the OpenAPI document and listens on a free port of 127.0.0.1. */
  static async start(testApp: TestApp): Promise<Campaign> {
    const world = new FuzzWorld(testApp);
    await world.prepare();
    const document = (await request(testApp.server).get('/docs-json')).body as OpenApiDocument;
    const authorization = authorizationCases(world.material);
    const operations = listOperations(document);
    const requests = fc.oneof(
      ...operations.map((operation) =>
        requestsFor(document, operation, world.known, authorization),
      ),
    );
    if (!testApp.server.listening) {
      await new Promise<void>((resolve) => testApp.server.listen(0, '127.0.0.1', resolve));
    }
    const { port } = testApp.server.address() as AddressInfo;
    return new Campaign(world, port, operations, requests);
  }

  /** Sends one request, counts its status and records a failure; returns the problems. */
  async run(fuzzRequest: FuzzRequest): Promise<string[]> {
    if (this.sent > 0 && this.sent % 100 === 0) {
      await this.world.refreshIfRevoked();
    }
    const headers = Object.fromEntries(
      Object.entries(fuzzRequest.headers).map(([name, value]) => [
        name,
        Array.isArray(value)
          ? value.map((v) => this.world.withTokens(v))
          : this.world.withTokens(value),
      ]),
    );
    let response: RawResponse;
    try {
      response = await send(
        this.port,
        fuzzRequest.method,
        fuzzRequest.target,
        headers,
        fuzzRequest.body,
      );
    } catch (error) {
      response = { status: 0, headers: {}, text: String(error) };
    }
    this.sent++;
    this.statusCounts.set(response.status, (this.statusCounts.get(response.status) ?? 0) + 1);

    const target = this.operationFor(fuzzRequest);
    const problems = response.status === 0 ? ['no response'] : checkResponse(target, response);
    if (problems.length > 0) {
      this.failures.push({
        request: describe(fuzzRequest),
        status: response.status,
        problems,
        body: response.text.slice(0, 300),
      });
    }
    return problems;
  }

  /**
   * The operation a request reaches: its own, or the one on the same path with the method the
   * request switched to. A method no operation has may only get the framework statuses.
   */
  private operationFor(fuzzRequest: FuzzRequest): Operation {
    const { operation, method } = fuzzRequest;
    if (method === operation.method) {
      return operation;
    }
    const sibling = this.operations.find((o) => o.path === operation.path && o.method === method);
    return sibling ?? { ...operation, method, statuses: new Set() };
  }

  /** Status counts as `status: count` lines, lowest status first. */
  summary(): string {
    return [...this.statusCounts.entries()]
      .sort(([a], [b]) => a - b)
      .map(([status, count]) => `${status}: ${count}`)
      .join('\n');
  }
}

/** Describes a request by its request line, its label and the start of its body. */
export function describe(fuzzRequest: FuzzRequest): string {
  const body = fuzzRequest.body?.subarray(0, 200).toString() ?? '';
  return `${fuzzRequest.method} ${fuzzRequest.target.slice(0, 200)} [${fuzzRequest.label}] ${body}`;
}
