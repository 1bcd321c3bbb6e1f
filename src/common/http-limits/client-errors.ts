import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import { Socket } from 'node:net';

import { BASIC_SECURITY_HEADERS } from './security-headers';

/** Status, project error code and message for each error Node's HTTP parser reports. */
function describeClientError(code: string | undefined): [number, string, string] {
  switch (code) {
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return [408, 'request_timeout', 'The request was not received in time; send it again'];
    case 'HPE_HEADER_OVERFLOW':
      return [
        431,
        'request_header_fields_too_large',
        'The request headers are larger than the server accepts',
      ];
    default:
      return [400, 'bad_request', 'The request is not valid HTTP/1.1'];
  }
}

/**
 * Sends the errors that Node's HTTP server raises before Fastify receives a request in the project's
 * error shape, then closes the connection. Such errors are a malformed request, headers over the
 * size limit, or a request not received within the timeout. Fastify's default handler sends a
 * body of its own shape.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) {
    return;
  }
  const [status, code, message] = describeClientError(error.code);
  const requestId = randomUUID();
  const body = JSON.stringify({ status, error: code, message, request_id: requestId });
  const headers = {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    'X-Request-Id': requestId,
    Connection: 'close',
    ...BASIC_SECURITY_HEADERS,
  };
  const head = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${head}\r\n${body}`);
  }
  socket.destroy();
}
