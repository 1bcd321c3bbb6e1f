import { applyDecorators, Header } from '@nestjs/common';
import { ApiProduces } from '@nestjs/swagger';

/**
 * Serves a brand's terms and conditions as an HTML page. The HTML is the brand's own and stored
 * as given, so the page is sandboxed: no scripts run and it gets an opaque origin.
 */
export function ServesTermsHtml(): MethodDecorator {
  return applyDecorators(
    Header('Content-Type', 'text/html; charset=utf-8'),
    Header('Content-Security-Policy', 'sandbox'),
    Header('X-Content-Type-Options', 'nosniff'),
    ApiProduces('text/html'),
  );
}
